// The background's side of page matching, and its reply read back in the page. The page
// sends its texts; the background, which holds the dictionary, returns the matches in a
// compact form. Pure.
import type { TextMatches } from '../messages';
import type { AliasMatch } from './alias-matcher';
import type { Dictionary } from './dictionary';

export function matchTexts(dictionary: Dictionary, texts: readonly string[], host: string): TextMatches {
  const matches: number[] = [];
  const aliases: TextMatches['aliases'] = {};
  const categories: Record<string, number> = {};
  texts.forEach((text, i) => {
    for (const match of dictionary.matcher.findAll(text)) {
      const number = dictionary.matcher.aliasNumber(match.alias);
      matches.push(i, match.start, match.end, number);
      aliases[number] = match.alias;
      categories[match.alias.companyId] = dictionary.categoriesOf(match.alias.companyId);
    }
  });
  return { matches, aliases, categories, ownSiteCompanyId: dictionary.ownerOfSite(host) ?? null };
}

/** The reply as matches per text, in the matcher's own form; anything inconsistent is dropped. */
export function readTextMatches(reply: TextMatches, texts: readonly string[]): AliasMatch[][] {
  const perText: AliasMatch[][] = texts.map(() => []);
  const { matches, aliases } = reply;
  for (let i = 0; i + 3 < matches.length; i += 4) {
    const [textIndex, start, end, number] = [matches[i]!, matches[i + 1]!, matches[i + 2]!, matches[i + 3]!];
    const alias = aliases[number];
    const text = texts[textIndex];
    if (!alias || text === undefined || !(start >= 0 && start < end && end <= text.length)) continue;
    perText[textIndex]!.push({ start, end, alias });
  }
  return perText;
}
