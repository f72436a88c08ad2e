import { describe, expect, it } from 'vitest';
import { matcherFromAliases } from './dictionary';
import { companiesNamedOnPage, judgeMatches, wordAfter, wordBefore } from './disambiguate';

const matcher = matcherFromAliases([
  { text: 'Amazon', companyId: 'amazon', ambiguous: true, mainName: true },
  { text: 'Ring', companyId: 'amazon', ambiguous: true },
  { text: 'Rekognition', companyId: 'amazon', ambiguous: false },
  { text: 'IBM', companyId: 'ibm', ambiguous: false },
]);
const page = { ownSiteCompanyId: null as string | null };

/** What a page of `texts` marks: each text judged on its own, then the page-wide step. */
function kept(texts: string[], context = page): string[] {
  const judged = texts.flatMap((text) => {
    const matches = matcher.findAll(text);
    const verdicts = judgeMatches(text, matches, context);
    return matches
      .map((m, i) => ({
        text: text.slice(m.start, m.end),
        verdict: verdicts[i]!,
        companyId: m.alias.companyId,
      }))
      .filter((m) => m.verdict !== 'no')
      .map((m) => ({ ...m, needsPage: m.verdict === 'page' }));
  });
  const named = companiesNamedOnPage(judged);
  return judged.filter((m) => !m.needsPage || named.has(m.companyId)).map((m) => m.text);
}

describe('judging names, then the page', () => {
  it('keeps an ambiguous name when an unambiguous alias of the company is on the page', () => {
    expect(kept(['Amazon sells it.', 'Rekognition scans faces.'])).toEqual(['Amazon', 'Rekognition']);
  });
  it('keeps an ambiguous name with a company word beside it', () => {
    expect(kept(['Amazon employees wrote a letter.'])).toEqual(['Amazon']);
    expect(kept(["Amazon's cloud"])).toEqual(['Amazon']);
    expect(kept(['She works at Amazon now.'])).toEqual(['Amazon']);
    expect(kept(['protesting an Amazon cloud services contract'])).toEqual(['Amazon']);
    expect(kept(['inside the Amazon warehouse'])).toEqual(['Amazon']);
  });
  it('drops an ambiguous name without evidence', () => {
    expect(kept(['Amazon is large.'])).toEqual([]);
    expect(kept(['Posted by Amazon Smith.'])).toEqual([]);
    expect(kept(['Amazon says it is large.'])).toEqual([]);
  });
  it('never marks the river or the forest, even on a page about the company', () => {
    expect(kept(['The Amazon River floods.', 'Rekognition'])).toEqual(['Rekognition']);
    expect(kept(['Fires in the Amazon rainforest.', 'Rekognition'])).toEqual(['Rekognition']);
    expect(kept(['Deep in the Amazon, it rains.', 'Rekognition'])).toEqual(['Rekognition']);
  });
  it("trusts the company's own site", () => {
    expect(kept(['Amazon is large.'], { ownSiteCompanyId: 'amazon' })).toEqual(['Amazon']);
    expect(kept(['Amazon is large.'], { ownSiteCompanyId: 'ibm' })).toEqual([]);
  });
  it("lets only the company's own name lean on the whole page", () => {
    expect(kept(['Ring the bell.', 'Rekognition'])).toEqual(['Rekognition']);
    expect(kept(['Ring sells cameras.', 'Rekognition'])).toEqual(['Rekognition']);
    expect(kept(['Ring sells cameras; Rekognition too.'])).toEqual(['Ring', 'Rekognition']);
    expect(kept(['Whole story.', 'Amazon employees', 'Amazon is big'])).toEqual(['Amazon', 'Amazon']);
  });

  it('always keeps unambiguous names', () => {
    expect(kept(['IBM'])).toEqual(['IBM']);
  });
});

describe('neighbouring words', () => {
  it('reads the word after and before a match', () => {
    expect(wordAfter('Amazon  Web', 6)).toBe('Web');
    expect(wordAfter("Amazon's", 6)).toBe("'s");
    expect(wordBefore('at  Amazon', 4)).toBe('at');
    expect(wordBefore('Amazon', 0)).toBe('');
  });
});
