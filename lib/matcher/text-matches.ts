// The background's side of page matching, and its reply read back in the page. The page
// sends its texts; the background, which holds the dictionary, finds the aliases, judges
// each from its own text (disambiguate.ts) and returns only the matches that may stand, in a
// compact form. The page is left with the one step that needs all of its text: confirming
// the names that lean on the rest of the page. Pure.
import type { Dictionary } from './dictionary';
import type { JudgedMatch } from '../scanner/scan';
import { judgeMatches } from './disambiguate';

/** What the background found in a batch of a page's texts, judged: its answer to `matchTexts`. */
export interface TextMatches {
  /**
   * Per match, five numbers: index of its text, start, end (exclusive), company number, and 1
   * when it names the company only if the page names it with evidence elsewhere (else 0).
   */
  matches: number[];
  /** The companies those numbers name, with their category bit masks. */
  companies: { id: string; categories: number }[];
  ownSiteCompanyId: string | null;
}

/** A match as the page keeps it: the scanner's shape (lib/scanner/scan.ts). */
export type { JudgedMatch };

/** Five numbers a match in `TextMatches.matches`. */
const FIELDS = 5;

export function matchTexts(dictionary: Dictionary, texts: readonly string[], host: string): TextMatches {
  const page = dictionary.pageContext(host);
  const matches: number[] = [];
  const companies: TextMatches['companies'] = [];
  const numbers = new Map<string, number>();
  texts.forEach((text, i) => {
    const found = dictionary.matcher.findAll(text);
    if (found.length === 0) return;
    const verdicts = judgeMatches(text, found, page);
    found.forEach((match, j) => {
      const verdict = verdicts[j];
      if (verdict === 'no') return;
      const { companyId } = match.alias;
      let number = numbers.get(companyId);
      if (number === undefined) {
        number = companies.length;
        numbers.set(companyId, number);
        companies.push({ id: companyId, categories: dictionary.categoriesOf(companyId) });
      }
      matches.push(i, match.start, match.end, number, verdict === 'page' ? 1 : 0);
    });
  });
  return { matches, companies, ownSiteCompanyId: page.ownSiteCompanyId };
}

/** The reply as matches per text; anything inconsistent is dropped. */
export function readTextMatches(reply: TextMatches, texts: readonly string[]): JudgedMatch[][] {
  const perText: JudgedMatch[][] = texts.map(() => []);
  const { matches, companies } = reply;
  for (let i = 0; i + FIELDS - 1 < matches.length; i += FIELDS) {
    const textIndex = matches[i]!;
    const start = matches[i + 1]!;
    const end = matches[i + 2]!;
    const company = companies[matches[i + 3]!];
    const text = texts[textIndex];
    if (!company || text === undefined || !(start >= 0 && start < end && end <= text.length)) continue;
    perText[textIndex]!.push({
      start,
      end,
      companyId: company.id,
      categories: company.categories,
      needsPage: matches[i + 4] === 1,
    });
  }
  return perText;
}
