// The background's side of page matching, and its reply read back in the page. The page
// sends its texts; the background, which holds the dictionary, finds the aliases, judges
// each from its own text (disambiguate.ts) and returns only the matches that may stand, in a
// compact form. The page is left with the one step that needs all of its text: confirming
// the names that lean on the rest of the page. Pure.
import type { Dictionary } from './dictionary';
import type { JudgedMatch, Standing } from '../scanner/scan';
import { explainBatch, type Verdict } from './disambiguate';

/** What the background found in a batch of a page's texts, judged: its answer to `matchTexts`. */
export interface TextMatches {
  /**
   * Per match, five numbers: index of its text, start, end (exclusive), company number, and
   * how it stands (STANDINGS: 0 on evidence, 1 if the page names the company with evidence
   * elsewhere, 2 on weak evidence, 3 a person's name, never marked, that speaks for the page).
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
/** The fifth number of a match, by standing; its position in this list. */
const STANDINGS: readonly Standing[] = ['evidence', 'page', 'weak', 'person'];
const STANDING_OF: Readonly<Record<Exclude<Verdict, 'no'>, number>> = { yes: 0, page: 1, weak: 2, person: 3 };

export function matchTexts(dictionary: Dictionary, texts: readonly string[], host: string): TextMatches {
  const page = dictionary.pageContext(host);
  const matches: number[] = [];
  const companies: TextMatches['companies'] = [];
  const numbers = new Map<string, number>();
  const foundPerText = texts.map((text) => dictionary.matcher.findAll(text));
  const judged = explainBatch(texts, foundPerText, page);
  foundPerText.forEach((found, i) => {
    found.forEach((match, j) => {
      const verdict = judged[i]![j]?.verdict;
      if (verdict === undefined || verdict === 'no') return;
      const { companyId } = match.alias;
      let number = numbers.get(companyId);
      if (number === undefined) {
        number = companies.length;
        numbers.set(companyId, number);
        companies.push({ id: companyId, categories: dictionary.categoriesOf(companyId) });
      }
      matches.push(i, match.start, match.end, number, STANDING_OF[verdict]);
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
    const standing = STANDINGS[matches[i + 4]!];
    const text = texts[textIndex];
    if (!company || !standing || text === undefined || !(start >= 0 && start < end && end <= text.length))
      continue;
    perText[textIndex]!.push({
      start,
      end,
      companyId: company.id,
      categories: company.categories,
      standing,
    });
  }
  return perText;
}
