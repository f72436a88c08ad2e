import { describe, expect, it } from 'vitest';
import { categoryMask } from '../dataset/categories';
import { compileDictionary, loadDictionary } from './dictionary';
import { matchTexts, readTextMatches } from './text-matches';

const file = compileDictionary({
  version: 'v',
  companies: {
    amazon: { name: 'Amazon', domains: ['amazon.com'], categories: categoryMask(['labour']) },
    palantir: { name: 'Palantir', domains: [], categories: categoryMask(['immigration']) },
  },
  aliases: [
    { text: 'Amazon', companyId: 'amazon', ambiguous: true },
    { text: 'Palantir', companyId: 'palantir', ambiguous: false },
  ],
});
const dictionary = loadDictionary(new Uint8Array(file).buffer);

describe('matching a page across a message', () => {
  it('gives the page the matches that stand, judged in their own text', () => {
    const texts = ['Palantir and Amazon workers', 'nothing here', 'Amazon is big', 'the Amazon River'];
    const reply = matchTexts(dictionary, texts, 'example.org');
    // Through structured cloning, as a message goes.
    const back = readTextMatches(structuredClone(reply), texts);
    const immigration = categoryMask(['immigration']);
    const labour = categoryMask(['labour']);
    expect(back).toEqual([
      [
        { start: 0, end: 8, companyId: 'palantir', categories: immigration, standing: 'evidence' },
        { start: 13, end: 19, companyId: 'amazon', categories: labour, standing: 'evidence' },
      ],
      [],
      // Only if the page names Amazon with evidence elsewhere.
      [{ start: 0, end: 6, companyId: 'amazon', categories: labour, standing: 'page' }],
      [],
    ]);
    expect(reply.ownSiteCompanyId).toBeNull();
  });

  it('tells the page of weak evidence and of a person, so the page can weigh them', () => {
    const texts = ['a rough night for Amazon', 'Sen. Amazon spoke', 'bad'];
    const back = readTextMatches(structuredClone(matchTexts(dictionary, texts, 'example.org')), texts);
    expect(back[0]).toMatchObject([{ companyId: 'amazon', standing: 'weak' }]);
    expect(back[1]).toMatchObject([{ companyId: 'amazon', standing: 'person' }]);
    // A standing number outside the list is dropped, as any inconsistent reply.
    expect(
      readTextMatches(
        { matches: [0, 0, 3, 0, 9], companies: [{ id: 'x', categories: 1 }], ownSiteCompanyId: null },
        texts,
      ),
    ).toEqual([[], [], []]);
  });

  it("takes the company's own site as evidence", () => {
    const texts = ['Amazon is big'];
    const reply = matchTexts(dictionary, texts, 'www.amazon.com');
    expect(reply.ownSiteCompanyId).toBe('amazon');
    expect(readTextMatches(reply, texts)[0]).toMatchObject([{ companyId: 'amazon', standing: 'evidence' }]);
  });

  it('drops matches a damaged reply puts outside their text or gives no company', () => {
    const texts = ['Palantir'];
    const reply = matchTexts(dictionary, texts, 'example.org');
    expect(readTextMatches(reply, texts)[0]).toHaveLength(1);
    expect(readTextMatches({ ...reply, matches: [0, 0, 99, 0, 0] }, texts)).toEqual([[]]);
    expect(readTextMatches({ ...reply, matches: [5, 0, 8, 0, 0] }, texts)).toEqual([[]]);
    expect(readTextMatches({ ...reply, matches: [0, 0, 8, 12345, 0] }, texts)).toEqual([[]]);
    expect(readTextMatches({ ...reply, matches: [0, 8, 0, 0, 0] }, texts)).toEqual([[]]);
  });
});
