// An ambiguous alias ("Amazon", "Target", "Apple") names the company only with evidence:
// an unambiguous alias of the same company on the page, a company word right beside it, a
// word typical of the company in the same text ("iPhone" for Apple), a list that sets it
// beside another company's name ("Walmart and Target"), or the page being the company's own
// site. Some neighbours rule the company out whatever else the page says
// ("Amazon River"). Pure.
import type { AliasMatch } from './alias-matcher';
import {
  COMPANY_FOLLOWERS,
  COMPANY_COMPOUNDS,
  SHARED_COMPOUNDS,
  COMPANY_TALK,
  TRADEMARK_SIGNS,
  COMPANY_PRECEDERS,
  COMPANY_PREPOSITIONS,
  OTHER_FOLLOWERS,
  OTHER_PRECEDERS,
  ARTICLES,
} from './evidence-words';
import {
  wordAfter,
  compoundAfter,
  wordBefore,
  hasWord,
  isCapital,
  nextWordStart,
  wordAt,
} from './word-reading';

export interface PageContext {
  /** The company whose own web site the page is on ("www.amazon.com" → amazon), if any. */
  ownSiteCompanyId: string | null;
  /** Words typical of a company, by company id ("iPhone" for Apple): evidence in the same text. */
  contextWords?: Readonly<Record<string, readonly string[]>>;
}

/** The own name of a well-known brand: the companies with typical words ("Oracle", not "Ring"). */
const isWellKnownOwnName = (alias: AliasMatch['alias'], page: PageContext): boolean =>
  alias.mainName && page.contextWords?.[alias.companyId] !== undefined;

/**
 * What a match shows on its own, in its text: `yes` it names the company, `no` it does not,
 * `page` it does if the company is named with evidence elsewhere on the page.
 */
export type Verdict = 'yes' | 'no' | 'page';

/**
 * Judges each match of one text (a text node) from the text alone and the page's site.
 *
 * Evidence, strongest first: a word beside the name that makes it a company ("Amazon
 * employees", "at Amazon", "Target Corp.", "Amazon-owned"); the page being the company's
 * own site; another, unambiguous name of the company in the same text; a list beside another
 * company's name with evidence (confirmListedNames). Only an alias that is the company's own
 * name ("Amazon", not "Ring") may also lean on the whole page (`page`): a page clearly about
 * Amazon makes "Amazon" the company, but does not make "Ring the bell" one.
 */
export function judgeMatches(text: string, matches: readonly AliasMatch[], page: PageContext): Verdict[] {
  let namedHere: Set<string> | undefined;
  for (const match of matches) {
    if (!match.alias.ambiguous) (namedHere ??= new Set()).add(match.alias.companyId);
  }
  // Searched once per company and text: a text may name one company by several ambiguous names.
  let typicalHere: Map<string, boolean> | undefined;
  const typicalWordInText = (companyId: string, typical: readonly string[]): boolean => {
    typicalHere ??= new Map();
    let found = typicalHere.get(companyId);
    if (found === undefined) {
      found = typical.some((word) => hasWord(text, word));
      typicalHere.set(companyId, found);
    }
    return found;
  };
  let companyTalkHere: boolean | undefined;
  const companyTalkInText = () => (companyTalkHere ??= COMPANY_TALK.some((word) => hasWord(text, word)));
  // Whether a capitalised word follows each judged name: it may continue the name.
  const capitalAfter: boolean[] = [];
  const verdicts = matches.map(({ alias, start, end }, index): Verdict | 'unproven' => {
    if (!alias.ambiguous) return 'yes';
    const after = wordAfter(text, end);
    capitalAfter[index] = isCapital(after);
    const before = wordBefore(text, start);
    if (OTHER_FOLLOWERS.has(after) || ARTICLES.has(after)) return 'no';
    const typical = page.contextWords?.[alias.companyId];
    const compound = compoundAfter(text, end);
    if (
      COMPANY_FOLLOWERS.has(after) ||
      COMPANY_COMPOUNDS.has(compound) ||
      TRADEMARK_SIGNS.has(text.charAt(end)) ||
      (typical && typicalWordBeside(text, start, end, typical))
    )
      return 'yes';
    if (/^\p{Ll}/u.test(compound) && !SHARED_COMPOUNDS.has(compound)) return 'no';
    if (OTHER_PRECEDERS.has(before)) return 'no';
    if (after === "'s" && alias.mainName) return 'yes';
    if (COMPANY_PRECEDERS.has(before) || alias.companyId === page.ownSiteCompanyId) return 'yes';
    if (alias.mainName && COMPANY_PREPOSITIONS.has(before) && !capitalAfter[index]) return 'yes';
    if (namedHere?.has(alias.companyId)) return 'yes';
    if (typical && typicalWordInText(alias.companyId, typical)) return 'yes';
    if (isWellKnownOwnName(alias, page) && companyTalkInText()) return 'yes';
    return 'unproven';
  });
  confirmListedNames(text, matches, verdicts, capitalAfter, page);
  return verdicts.map((verdict, i) =>
    verdict === 'unproven' ? (matches[i]!.alias.mainName ? 'page' : 'no') : verdict,
  );
}

/**
 * What separates names in a list or a match-up: ", ", " and ", ", or ", " & ", " / ", " vs. ".
 * Kept short: a list item is the name alone.
 */
const LIST_SEPARATOR = /^(?:\s*(?:,|&|\/)\s*|,?\s+(?:and|or|vs\.?|versus)\s+)$/;

/**
 * A name listed beside another company's name that stands on evidence is a company too
 * ("Google, Amazon and Microsoft", "Walmart and Target"), and confirms the next one in
 * turn. Two names without evidence vouch for each other only when both are the own names of
 * well-known brands, the companies with typical words ("Oracle and Amazon", not "Kennedy
 * and Harris", nor "Apple and Ring").
 * A name that a capitalised word continues is not listed ("Google and Harris County"), and
 * a name ruled out stays out ("Google and the Amazon").
 */
function confirmListedNames(
  text: string,
  matches: readonly AliasMatch[],
  verdicts: (Verdict | 'unproven')[],
  capitalAfter: readonly boolean[],
  page: PageContext,
): void {
  // Only unproven names are asked, and each of those was judged with the word after it.
  const listable = (i: number) => !capitalAfter[i];
  const listedWithCompany = (i: number, j: number): boolean => {
    const other = matches[j];
    if (!other || other.alias.companyId === matches[i]!.alias.companyId) return false;
    const standing =
      verdicts[j] === 'yes' ||
      (verdicts[j] === 'unproven' &&
        isWellKnownOwnName(matches[i]!.alias, page) &&
        isWellKnownOwnName(other.alias, page) &&
        listable(j));
    if (!standing) return false;
    const between =
      j < i ? text.slice(other.end, matches[i]!.start) : text.slice(matches[i]!.end, other.start);
    return between.length <= 10 && LIST_SEPARATOR.test(between);
  };
  const confirm = (i: number): boolean => {
    if (verdicts[i] !== 'unproven' || !listable(i)) return false;
    if (!listedWithCompany(i, i - 1) && !listedWithCompany(i, i + 1)) return false;
    verdicts[i] = 'yes';
    return true;
  };
  // Sweeps in turn rightwards and leftwards, so that confirmation runs the length of a list
  // in one sweep whichever end has the evidence: a text of thousands of listed names costs a
  // few sweeps, not one per name.
  for (let changed = true, rightwards = true; changed; rightwards = !rightwards) {
    changed = false;
    if (rightwards) for (let i = 0; i < matches.length; i++) changed = confirm(i) || changed;
    else for (let i = matches.length - 1; i >= 0; i--) changed = confirm(i) || changed;
  }
}

/**
 * A typical word right after the name ("Amazon Alexa") or a typical phrase that starts with
 * it ("the Apple Watch"): evidence even after "the".
 */
function typicalWordBeside(text: string, start: number, end: number, typical: readonly string[]): boolean {
  const next = nextWordStart(text, end);
  return typical.some((word) => wordAt(text, word, start) || wordAt(text, word, next));
}
