// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { matcherFromAliases } from '../matcher/dictionary';
import { localTextMatcher, PageMatches, type TextMatcher } from './scan';

const matcher = matcherFromAliases([
  { text: 'Palantir', companyId: 'palantir', ambiguous: false },
  { text: 'IBM', companyId: 'ibm', ambiguous: false },
]);

describe('PageMatches', () => {
  it('asks the matcher once for the texts of several changed parts of a page', async () => {
    document.body.innerHTML = '<p id="a">Palantir won.</p><p id="b">IBM too.</p><p id="c">x</p>';
    const asked: string[][] = [];
    const local = localTextMatcher(matcher);
    const counting: TextMatcher = {
      matchTexts: async (texts) => {
        asked.push([...texts]);
        return local.matchTexts(texts);
      },
    };
    const page = new PageMatches(counting);
    await page.scan(['a', 'b', 'c'].map((id) => document.getElementById(id)!));
    expect(asked).toEqual([['Palantir won.', 'IBM too.']]);
    expect(page.resolve({ ownSiteCompanyId: null }).map((m) => [m.companyId, m.text])).toEqual([
      ['palantir', 'Palantir'],
      ['ibm', 'IBM'],
    ]);
  });
});
