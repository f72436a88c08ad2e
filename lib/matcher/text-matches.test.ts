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
  it('gives the page the same matches it would find itself', () => {
    const texts = ['Palantir and Amazon', 'nothing here', 'Amazon again'];
    const reply = matchTexts(dictionary, texts, 'www.amazon.com');
    // Through structured cloning, as a message goes.
    const back = readTextMatches(structuredClone(reply), texts);
    expect(back).toEqual(texts.map((t) => dictionary.matcher.findAll(t)));
    expect(reply.ownSiteCompanyId).toBe('amazon');
    expect(reply.categories).toEqual({
      palantir: categoryMask(['immigration']),
      amazon: categoryMask(['labour']),
    });
  });

  it('drops matches a damaged reply puts outside their text', () => {
    const texts = ['Palantir'];
    const reply = matchTexts(dictionary, texts, 'example.org');
    expect(readTextMatches({ ...reply, matches: [0, 0, 99, reply.matches[3]!] }, texts)).toEqual([[]]);
    expect(readTextMatches({ ...reply, matches: [5, 0, 8, reply.matches[3]!] }, texts)).toEqual([[]]);
    expect(readTextMatches({ ...reply, matches: [0, 0, 8, 12345] }, texts)).toEqual([[]]);
  });
});
