// An ambiguous alias ("Amazon", "Target", "Apple") names the company only with evidence:
// an unambiguous alias of the same company on the page, a company word right beside it, a
// word typical of the company in the same text ("iPhone" for Apple), a list that sets it
// beside another company's name ("Walmart and Target"), or the page being the company's own
// site. Some neighbours rule the company out whatever else the page says
// ("Amazon River"). Pure.
import type { AliasMatch } from './alias-matcher';
import { isWordChar } from './word';

/** Words right after a name that make it a company ("Amazon employees", "Target Corp."). */
const COMPANY_FOLLOWERS = new Set([
  'Inc',
  'Corp',
  'Corporation',
  'Co',
  'Company',
  'LLC',
  'Ltd',
  'Technologies',
  'Group',
  'Holdings',
  'employees',
  'workers',
  'staff',
  'executives',
  'CEO',
  'shares',
  'stock',
  'spokesperson',
  'spokesman',
  'spokeswoman',
  'cloud',
  'warehouse',
  'warehouses',
  'contract',
  'contracts',
  'store',
  'stores',
  'Store',
]);

/**
 * Words joined to a name by a hyphen that make it a company ("Amazon-owned Whole Foods",
 * "Target-backed", "the Apple-designed chip"), whatever comes before it. Any other lowercase
 * word so joined makes the name a modifier ("Meta-analysis", "Target-rich", "Amazon-style"),
 * but for the few that companies share with places, groups and people ("Citizen-led").
 */
const COMPANY_COMPOUNDS = new Set([
  'owned',
  'backed',
  'funded',
  'financed',
  'built',
  'made',
  'designed',
  'developed',
  'branded',
  'operated',
  'controlled',
  'acquired',
  'hosted',
  'sponsored',
  'powered',
  'affiliated',
]);
const SHARED_COMPOUNDS = new Set(['led', 'run', 'based']);

/**
 * Words that show a text is about a company ("Oracle won a contract", "Meta fired workers",
 * "Intel announced layoffs"): evidence anywhere in the text, but only for the own name of a
 * well-known brand. Any name would take in people and teams ("Harris signed a contract").
 */
const COMPANY_TALK = [
  'contract',
  'contracts',
  'contractor',
  'company',
  'employees',
  'workers',
  'staff',
  'CEO',
  'layoffs',
  'shareholders',
  'investors',
  'lawsuit',
  'antitrust',
  'subsidiary',
  'revenue',
  'earnings',
];

/** A trademark sign right after a name ("Intel®", "Adobe™") makes it a brand. */
const TRADEMARK_SIGNS = new Set(['\u00ae', '\u2122']);

/**
 * Words right before a name that make it a company ("works at Amazon"). Not "by" or "with",
 * and no verb of saying after a name: people are posted by, and say, as often as companies.
 */
const COMPANY_PRECEDERS = new Set(['at', 'joined', 'rival']);

/**
 * Words right before a company's own name that make it the company when no capitalised
 * word follows ("buy it on Amazon", "cut loose from Oracle"): the river, the forest and the
 * oracle of Delphi take an article, and a capital after the name starts a longer name
 * ("from Target Rock", "on Amazon Smith"). Only for the company's own name: "from Maven" is
 * Apache's repository.
 */
const COMPANY_PREPOSITIONS = new Set(['on', 'from', 'to', 'for']);

/** Words right after a name that make it something else ("Amazon River", "apple pie"). */
const OTHER_FOLLOWERS = new Set([
  'River',
  'river',
  'rainforest',
  'Rainforest',
  'basin',
  'Basin',
  'jungle',
  'forest',
  'Forest',
  'region',
  'warrior',
  'warriors',
  'parrot',
  'parrots',
  'tribe',
  'tribes',
  'pie',
  'tree',
  'trees',
  'practice',
  'Practice',
  'Pie',
  'audience',
  'market',
  'bell',
  'bones',
  'Maven',
  // Motorola Mobility's phones, not Motorola Solutions.
  'Razr',
  'Moto',
  'Edge',
]);

/**
 * Words right before a name that make it something else unless a company word follows it
 * ("the Amazon" is the river, "the Amazon warehouse" is not; "Apache Maven").
 */
const OTHER_PRECEDERS = new Set(['the', 'The', 'Apache', 'Big']);

export interface PageContext {
  /** The company whose own web site the page is on ("www.amazon.com" → amazon), if any. */
  ownSiteCompanyId: string | null;
  /** Words typical of a company, by company id ("iPhone" for Apple): evidence in the same text. */
  contextWords?: Readonly<Record<string, readonly string[]>>;
}

/** The start of the next word after `end`, past spaces. */
function nextWordStart(text: string, end: number): number {
  let i = end;
  while (i < text.length && (text[i] === ' ' || text[i] === '\n' || text[i] === '\u00a0')) i++;
  return i;
}

/** The word that starts at `start`, or "". */
function wordFrom(text: string, start: number): string {
  let i = start;
  while (i < text.length && isWordChar(text.charCodeAt(i))) i++;
  return text.slice(start, i);
}

export function wordAfter(text: string, end: number): string {
  if (text.charCodeAt(end) === 0x2019 || text.charCodeAt(end) === 0x27) return "'s";
  return wordFrom(text, nextWordStart(text, end));
}

/** The word a hyphen joins to the end of a name ("owned" in "Amazon-owned"), or "". */
export function compoundAfter(text: string, end: number): string {
  const code = text.charCodeAt(end);
  // Hyphen-minus, hyphen, non-breaking hyphen; not a dash ("the Amazon–Palantir deal").
  if (code !== 0x2d && code !== 0x2010 && code !== 0x2011) return '';
  return wordFrom(text, end + 1);
}

export function wordBefore(text: string, start: number): string {
  let i = start - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\n' || text[i] === '\u00a0')) i--;
  const end = i + 1;
  while (i >= 0 && isWordChar(text.charCodeAt(i))) i--;
  return text.slice(i + 1, end);
}

/** Whether `word` stands in `text` at `at` as a whole word (case as written). */
function wordAt(text: string, word: string, at: number): boolean {
  const end = at + word.length;
  return (
    text.startsWith(word, at) &&
    (at === 0 || !isWordChar(text.charCodeAt(at - 1))) &&
    (end === text.length || !isWordChar(text.charCodeAt(end)))
  );
}

/** Whether `word` stands anywhere in `text` as a whole word. */
export function hasWord(text: string, word: string): boolean {
  if (word === '') return false;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (wordAt(text, word, at)) return true;
  }
  return false;
}

const isCapital = (word: string) => word !== '' && word[0] !== word[0]!.toLowerCase();

/** The own name of a well-known brand: the companies with typical words ("Oracle", not "Ring"). */
const isWellKnownOwnName = (alias: AliasMatch['alias'], page: PageContext): boolean =>
  alias.mainName && page.contextWords?.[alias.companyId] !== undefined;

/** After an ambiguous name, an article makes it a verb: "Ring the bell", "Target a market". */
const ARTICLES = new Set(['the', 'a', 'an', 'this', 'that', 'your', 'our', 'my', 'his', 'her', 'their']);

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
