import { describe, expect, it } from 'vitest';
import { matcherFromAliases } from './dictionary';
import { pageVerdicts, type Standing } from '../scanner/scan';
import { explainBatch, judgeMatches, RULES, type PageContext } from './disambiguate';
import { compoundAfter, hasWord, wordAfter, wordBefore } from './word-reading';

const matcher = matcherFromAliases([
  { text: 'Amazon', companyId: 'amazon', ambiguous: true, mainName: true },
  { text: 'Apple', companyId: 'apple', ambiguous: true, mainName: true },
  { text: 'Ring', companyId: 'amazon', ambiguous: true },
  { text: 'Rekognition', companyId: 'amazon', ambiguous: false },
  { text: 'IBM', companyId: 'ibm', ambiguous: false },
]);
const page = { ownSiteCompanyId: null as string | null };

const STANDING: Record<'yes' | 'weak' | 'page' | 'person', Standing> = {
  yes: 'evidence',
  weak: 'weak',
  page: 'page',
  person: 'person',
};

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
      .map((m) => ({ ...m, standing: STANDING[m.verdict as keyof typeof STANDING] }));
  });
  const marked = pageVerdicts(judged);
  return judged.filter((_, i) => marked[i]).map((m) => m.text);
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

  it("keeps the company's own name after a preposition, unless a longer name goes on", () => {
    expect(kept(['Buy it on Amazon.'])).toEqual(['Amazon']);
    expect(kept(['It was cut loose from Amazon and moved on.'])).toEqual(['Amazon']);
    expect(kept(['We went to Amazon for the parts.'])).toEqual(['Amazon']);
    expect(kept(['The trail runs from Amazon Rock to the bay.'])).toEqual([]);
    expect(kept(['A trip on the Amazon.'])).toEqual([]);
    // Not for a name that is not the company's own: "from Ring" could be anything.
    expect(kept(['Footage from Ring went on.'])).toEqual([]);
  });
  it('keeps a name with a trademark sign', () => {
    expect(kept(['Amazon® Developer Day'])).toEqual(['Amazon']);
    expect(kept(['Amazon™'])).toEqual(['Amazon']);
  });
  it('rules out "the" and "Big" before a possessive', () => {
    expect(kept(["Fishermen work the Amazon's tributaries."])).toEqual([]);
    expect(kept(["the Big Apple's skyline"])).toEqual([]);
    expect(kept(["Apple's new phone"])).toEqual(['Apple']);
  });

  it('always keeps unambiguous names', () => {
    expect(kept(['IBM'])).toEqual(['IBM']);
  });
});

describe('words typical of a company', () => {
  const typical = {
    ownSiteCompanyId: null,
    contextWords: { apple: ['iPhone', 'OS X', 'Apple Watch'], amazon: ['Alexa'] },
  };
  it('are evidence anywhere in the same text, as whole words', () => {
    expect(kept(['Apple shipped a new iPhone.'], typical)).toEqual(['Apple']);
    expect(kept(['Apple stellt OS X 10.10.3 bereit'], typical)).toEqual(['Apple']);
    expect(kept(['Apple shipped a new iPhones2.'], typical)).toEqual([]);
    // Han and kana put no space after a word.
    expect(kept(['Apple Watch销量下滑'], typical)).toEqual(['Apple']);
    expect(kept(['AppleはiPhoneを発表した'], typical)).toEqual(['Apple']);
    expect(kept(['Apple shipped.', 'A new iPhone.'], typical)).toEqual([]);
    // Another company's word is no evidence.
    expect(kept(['Amazon shipped a new iPhone.'], typical)).toEqual([]);
    // One search serves every name of the company in the text, and none of another's.
    expect(kept(['Ring and Amazon sold more with Alexa; Apple did not, and Ring grew.'], typical)).toEqual([
      'Ring',
      'Amazon',
      'Ring',
    ]);
  });
  it('right beside the name outweigh "the", but not a word that rules the company out', () => {
    expect(kept(['I like the Apple Watch.'], typical)).toEqual(['Apple']);
    expect(kept(['Ask the Amazon Alexa.'], typical)).toEqual(['Amazon']);
    expect(kept(['Deep in the Amazon, Alexa swam.'], typical)).toEqual([]);
    expect(kept(['Alexa loves the Amazon rainforest.'], typical)).toEqual([]);
    expect(kept(['Apple pie with an iPhone photo.'], typical)).toEqual([]);
  });
  it('finds whole words only', () => {
    expect(hasWord('a new iPhone.', 'iPhone')).toBe(true);
    expect(hasWord('iPhoneX', 'iPhone')).toBe(false);
    expect(hasWord('the XiPhone and the iPhone', 'iPhone')).toBe(true);
    expect(hasWord('anything', '')).toBe(false);
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

describe('a company word joined by a hyphen', () => {
  it('makes the name a company, even after "the"', () => {
    expect(kept(['The Amazon-owned company sold doorbells.'])).toEqual(['Amazon']);
    expect(kept(['An Amazon\u2011backed startup raised money.'])).toEqual(['Amazon']);
    expect(kept(['the Apple-designed chip'])).toEqual(['Apple']);
    expect(kept(['Ring-branded cameras'])).toEqual(['Ring']);
  });
  it('rules the company out when any other lowercase word is joined', () => {
    expect(kept(['Amazon-style trips', 'Rekognition'])).toEqual(['Rekognition']);
    expect(kept(['Amazon-Mitarbeiter', 'Rekognition'])).toEqual(['Amazon', 'Rekognition']);
    // Words that places, groups and people share with companies leave the name to the page.
    expect(kept(['an Amazon-led group', 'Rekognition'])).toEqual(['Amazon', 'Rekognition']);
    expect(kept(['an Amazon-led group'])).toEqual([]);
  });
  it('is no evidence otherwise, nor after a dash', () => {
    expect(kept(['Amazon-style jungle trips'])).toEqual([]);
    expect(kept(['the Amazon\u2013owned land'])).toEqual([]);
    expect(kept(['Amazon-ownedness'])).toEqual([]);
  });
  it('reads the word after a hyphen only', () => {
    expect(compoundAfter('Amazon-owned firm', 6)).toBe('owned');
    expect(compoundAfter('Amazon owned', 6)).toBe('');
    expect(compoundAfter('Amazon-', 6)).toBe('');
  });
});

describe('a name listed with another company', () => {
  const listed = (text: string) => kept([text]);
  it('is a company when the other stands on evidence, along the whole list', () => {
    expect(listed('IBM, Amazon and Apple bid for the cloud.')).toEqual(['IBM', 'Amazon', 'Apple']);
    expect(listed('IBM and Amazon competed.')).toEqual(['IBM', 'Amazon']);
    expect(listed('Apple vs. IBM in court')).toEqual(['Apple', 'IBM']);
    expect(listed('IBM/Apple deal')).toEqual(['IBM', 'Apple']);
  });
  it('is not when the two only vouch for each other, or something else stands between', () => {
    expect(listed('Apple and Amazon, said the seller.')).toEqual([]);
    expect(listed('IBM, then Amazon')).toEqual(['IBM']);
    expect(listed('IBM and the Amazon')).toEqual(['IBM']);
    expect(listed('IBM and Amazon River cruises')).toEqual(['IBM']);
    expect(listed('IBM and Ring the bell')).toEqual(['IBM']);
    expect(listed('IBM and Amazon Lodge')).toEqual(['IBM']);
  });
  it('runs the length of a long list from either end', () => {
    const names = Array.from({ length: 2000 }, (_, i) => (i % 2 ? 'Apple' : 'Amazon')).join(', ');
    expect(listed(`${names} and IBM`)).toHaveLength(2001);
    expect(listed(`IBM, ${names}`)).toHaveLength(2001);
  });
  it('may be one of two well-known brands, the companies with typical words', () => {
    const brands = { ownSiteCompanyId: null, contextWords: { apple: ['iPhone'], amazon: ['Alexa'] } };
    expect(kept(['Apple and Amazon lost the bid.'], brands)).toEqual(['Apple', 'Amazon']);
    expect(kept(['Apple and Amazon Lodge'], brands)).toEqual([]);
    expect(kept(['Apple and the Amazon'], brands)).toEqual([]);
    expect(kept(['Apple and Ring'], brands)).toEqual([]);
  });
});

describe('a unit and its owner', () => {
  const family = matcherFromAliases([
    { text: 'Electric Boat', companyId: 'electric-boat', ambiguous: true, mainName: true },
    { text: 'General Dynamics', companyId: 'general-dynamics', ambiguous: true, mainName: true },
    { text: 'Bath Iron Works', companyId: 'bath-iron-works', ambiguous: true, mainName: true },
  ]);
  const ownerOf = { 'electric-boat': 'general-dynamics', 'bath-iron-works': 'general-dynamics' };
  const judge = (text: string, context: PageContext = { ownSiteCompanyId: null, ownerOf }) =>
    judgeMatches(text, family.findAll(text), context);

  it('vouch for each other in one text', () => {
    expect(judge('Electric Boat, a General Dynamics unit, hired welders.')).toEqual(['yes', 'yes']);
  });
  it('do not without the owner links, and two units of one owner do not vouch for each other', () => {
    expect(
      judge('Electric Boat, a General Dynamics unit, hired welders.', {
        ownSiteCompanyId: null,
        ownerOf: {},
      }),
    ).toEqual(['page', 'page']);
    expect(judge('Electric Boat and Bath Iron Works rowed past.')).toEqual(['page', 'page']);
  });
});

describe('a word typical of the company elsewhere on the page', () => {
  const texts = [
    'Apple stops Nest sales in the US',
    'Thermostats leave its shelves; HomeKit users must look elsewhere.',
  ];
  const context: PageContext = { ownSiteCompanyId: null, contextWords: { apple: ['HomeKit', 'servers'] } };
  const batch = (lines: string[], page: PageContext = context) =>
    explainBatch(
      lines,
      lines.map((line) => matcher.findAll(line)),
      page,
    ).flat();

  it('makes a name that leans on the page weak evidence', () => {
    expect(batch(texts)).toEqual([{ verdict: 'weak', rule: RULES.typicalOnPage }]);
    // The same page without the word: the name still leans on the page.
    expect(batch([texts[0]!, 'Thermostats leave its shelves.'])[0]!.verdict).toBe('page');
  });

  it('counts only words that are names, and a person on the page still outweighs it', () => {
    expect(batch([texts[0]!, 'The servers were down.'])[0]!.verdict).toBe('page');
    const withPerson = [...texts, 'Sen. Apple said nothing.'];
    const verdicts = batch(withPerson).map((j) => j.verdict);
    expect(verdicts).toEqual(['weak', 'person']);
    expect(
      pageVerdicts(
        batch(withPerson).map((j) => ({
          companyId: 'apple',
          standing: STANDING[j.verdict as keyof typeof STANDING],
        })),
      ),
    ).toEqual([false, false]);
  });
});
