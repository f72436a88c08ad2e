// An ambiguous alias ("Amazon", "Target", "Harris") names the company only with evidence:
// an unambiguous alias of the same company on the page, a company word right beside it, a
// descriptor or a ticker, a word typical of the company in the same text ("iPhone" for
// Apple), a list that sets it beside another company's name ("Walmart and Target"), or the
// page being the company's own site. Some neighbours rule the company out whatever else the
// page says ("Amazon River"), and some show a person ("Sen. Harris", "Jane Harris"), which
// outweighs weak evidence anywhere on the page. Every verdict comes with the rule that
// decided it, for `npm run scan -- --explain`. Pure.
import type { AliasMatch } from './alias-matcher';
import {
  AMOUNT_AFTER,
  ARTICLES,
  COMPANY_COMPOUNDS,
  COMPANY_DESCRIPTORS,
  COMPANY_FOLLOWERS,
  COMPANY_PRECEDERS,
  COMPANY_PREPOSITIONS,
  COMPANY_TALK,
  JAPANESE_PARTICLES,
  OTHER_FOLLOWERS,
  OTHER_PRECEDERS,
  PERSON_AFTER,
  PERSON_TITLES,
  SHARED_COMPOUNDS,
  SPORTS_TALK,
  TICKER_AFTER,
  TRADEMARK_SIGNS,
} from './evidence-words';
import {
  abbreviationBefore,
  compoundAfter,
  hasWord,
  isCapital,
  nextWordStart,
  wordAfter,
  wordAt,
  wordBefore,
} from './word-reading';

export interface PageContext {
  /** The company whose own web site the page is on ("www.amazon.com" → amazon), if any. */
  ownSiteCompanyId: string | null;
  /** Words typical of a company, by company id ("iPhone" for Apple): evidence in the same text. */
  contextWords?: Readonly<Record<string, readonly string[]>>;
  /** Words right after a company's name that make it the company ("Amazon Prime"), by company id. */
  productWords?: Readonly<Record<string, readonly string[]>>;
  /** Names of other companies that begin with one of the company's names, by company id. */
  otherNames?: Readonly<Record<string, readonly string[]>>;
  /** Each unit's owner by the unit's id: a unit and its owner in one text vouch for each other. */
  ownerOf?: Readonly<Record<string, string>>;
  /** Whether a capitalised word is a common first name ("Jane"): before a name, a person. */
  isFirstName?: (word: string) => boolean;
}

/** The own name of a well-known brand: the companies with typical words ("Oracle", not "Ring"). */
const isWellKnownOwnName = (alias: AliasMatch['alias'], page: PageContext): boolean =>
  alias.mainName && page.contextWords?.[alias.companyId] !== undefined;

/**
 * What a match shows on its own, in its text: `yes` it names the company; `weak` it does,
 * unless the page shows the name to be a person's; `page` it does if the company is named
 * with evidence elsewhere on the page; `person` it is a person's name, and says so for the
 * whole page; `no` it is something else.
 */
export type Verdict = 'yes' | 'weak' | 'page' | 'person' | 'no';

/** The rule behind each verdict, as `--explain` prints it. */
export const RULES = {
  unambiguous: 'a name of its own',
  otherCompany: "the start of another company's name",
  companyWordAfter: 'a company word after the name',
  hyphenCompanyWord: 'a company word joined by a hyphen',
  trademark: 'a trademark sign',
  productAfter: 'a product of the company after the name',
  typicalBeside: 'a word typical of the company beside it',
  ticker: 'a stock ticker after the name',
  descriptor: 'a descriptor before the name',
  companyPreceder: 'a company word before the name',
  ownSite: "the company's own site",
  otherNameHere: 'another name of the company in the same text',
  familyHere: 'its owner, or a unit of it, named in the same text',
  typicalInText: 'a word typical of the company in the same text',
  amounts: 'sums of money after names in a list of vendors',
  list: 'listed beside another company',
  possessive: 'a possessive',
  preposition: 'a preposition before the name',
  japaneseParticle: 'a Japanese particle after the name',
  companyTalk: 'company talk in the same text',
  otherAfter: 'a word after it that makes it something else',
  article: 'an article after it: a verb',
  hyphenOther: 'a word joined by a hyphen that makes it a modifier',
  otherBefore: 'a word before it that makes it something else',
  title: "a person's title before the name",
  firstName: 'a first name before the surname',
  personAfter: 'what follows it is said of a person',
  leansOnPage: 'no evidence in its text: counts if the page names the company with evidence',
  typicalOnPage: 'a word typical of the company elsewhere on the page',
  noEvidence: 'no evidence',
  longerName: 'the end of a longer name ("Ars Technica")',
} as const;
export type Rule = (typeof RULES)[keyof typeof RULES];

export interface Judgement {
  verdict: Verdict;
  rule: Rule;
}

type Working = Judgement | { verdict: 'unproven'; rule: Rule };

/**
 * Judges each match of one text (a text node) from the text alone and the page's site.
 * Evidence, strongest first: a word beside the name that makes it a company ("Amazon
 * employees", "at Amazon", "Target Corp.", "Amazon-owned", "Raytheon (NYSE: RTX)"); the
 * page being the company's own site; another, unambiguous name of the company in the same
 * text; a list beside another company's name with evidence (confirmListedNames). Weak
 * evidence (a possessive, a preposition, company talk) stands unless the page shows a
 * person of that name. Only an alias that is the company's own name ("Amazon", not "Ring")
 * may lean on the whole page (`page`).
 */
export function judgeMatches(text: string, matches: readonly AliasMatch[], page: PageContext): Verdict[] {
  return explainMatches(text, matches, page).map((j) => j.verdict);
}

/**
 * The judgements of a batch of a page's texts (the background's `matchTexts`, the scan CLI's
 * --explain): each text on its own, then one look across the batch for the names that lean
 * on the page. A word typical of the company anywhere in it ("HomeKit" below a headline
 * "Apple stops Nest sales in the US") makes such a name weak evidence, which a person of that
 * name on the page still outweighs. The look is made only for companies with such a name,
 * and once per company.
 */
export function explainBatch(
  texts: readonly string[],
  matchesPerText: readonly (readonly AliasMatch[])[],
  page: PageContext,
): Judgement[][] {
  const judged = texts.map((text, i) => explainMatches(text, matchesPerText[i] ?? [], page));
  const leaning = new Set<string>();
  judged.forEach((judgements, i) =>
    judgements.forEach((j, k) => {
      if (j.verdict === 'page') leaning.add(matchesPerText[i]![k]!.alias.companyId);
    }),
  );
  // Only the typical words that are names ("HomeKit", "Kindle", "Larry Ellison"): a common
  // word ("servers") on a page says little of what a name elsewhere on it means.
  const typical = new Set(
    [...leaning].filter((companyId) => {
      const words = page.contextWords?.[companyId]?.filter((word) => /\p{Lu}/u.test(word));
      return words !== undefined && texts.some((text) => words.some((word) => hasWord(text, word)));
    }),
  );
  if (typical.size === 0) return judged;
  return judged.map((judgements, i) =>
    judgements.map((j, k) =>
      j.verdict === 'page' && typical.has(matchesPerText[i]![k]!.alias.companyId)
        ? { verdict: 'weak', rule: RULES.typicalOnPage }
        : j,
    ),
  );
}

/** judgeMatches, with the rule behind each verdict: the background and the scan CLI's --explain. */
export function explainMatches(text: string, matches: readonly AliasMatch[], page: PageContext): Judgement[] {
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
  const companyTalkInText = () =>
    (companyTalkHere ??=
      COMPANY_TALK.some((word) => hasWord(text, word)) && !SPORTS_TALK.some((word) => hasWord(text, word)));
  // Whether a capitalised word follows each judged name: it may continue the name.
  const capitalAfter: boolean[] = [];
  let titleCase: boolean | undefined;
  const inTitleCase = () => (titleCase ??= isTitleCase(text));
  const judged = matches.map(({ alias, start, end }, index): Working => {
    if (
      !/\s/.test(text.slice(start, end)) &&
      matches[index - 1]?.end !== start - 1 &&
      endsALongerName(text, start) &&
      !inTitleCase()
    )
      return { verdict: 'no', rule: RULES.longerName };
    if (page.otherNames?.[alias.companyId]?.some((name) => text.startsWith(name, start)))
      return { verdict: 'no', rule: RULES.otherCompany };
    if (!alias.ambiguous) return { verdict: 'yes', rule: RULES.unambiguous };
    const after = wordAfter(text, end);
    capitalAfter[index] = isCapital(after);
    const before = wordBefore(text, start);
    const rest = text.slice(end, end + 40);
    if (PERSON_TITLES.has(before) || PERSON_TITLES.has(abbreviationBefore(text, start)))
      return { verdict: 'person', rule: RULES.title };
    if (isCapital(before) && page.isFirstName?.(before) && !capitalAfter[index])
      return { verdict: 'person', rule: RULES.firstName };
    if (PERSON_AFTER.test(rest)) return { verdict: 'person', rule: RULES.personAfter };
    if (OTHER_FOLLOWERS.has(after)) return { verdict: 'no', rule: RULES.otherAfter };
    if (ARTICLES.has(after)) return { verdict: 'no', rule: RULES.article };
    const typical = page.contextWords?.[alias.companyId];
    const products = page.productWords?.[alias.companyId];
    const compound = compoundAfter(text, end);
    if (COMPANY_FOLLOWERS.has(after)) return { verdict: 'yes', rule: RULES.companyWordAfter };
    if (COMPANY_COMPOUNDS.has(compound)) return { verdict: 'yes', rule: RULES.hyphenCompanyWord };
    if (TRADEMARK_SIGNS.has(text.charAt(end))) return { verdict: 'yes', rule: RULES.trademark };
    if (products?.includes(after)) return { verdict: 'yes', rule: RULES.productAfter };
    if (typical && typicalWordBeside(text, start, end, typical))
      return { verdict: 'yes', rule: RULES.typicalBeside };
    if (TICKER_AFTER.test(rest)) return { verdict: 'yes', rule: RULES.ticker };
    if (/^\p{Ll}/u.test(compound) && !SHARED_COMPOUNDS.has(compound))
      return { verdict: 'no', rule: RULES.hyphenOther };
    if (COMPANY_DESCRIPTORS.has(before) || COMPANY_DESCRIPTORS.has(before.toLowerCase()))
      return { verdict: 'yes', rule: RULES.descriptor };
    if (OTHER_PRECEDERS.has(before)) return { verdict: 'no', rule: RULES.otherBefore };
    if (COMPANY_PRECEDERS.has(before)) return { verdict: 'yes', rule: RULES.companyPreceder };
    if (alias.companyId === page.ownSiteCompanyId) return { verdict: 'yes', rule: RULES.ownSite };
    if (namedHere?.has(alias.companyId)) return { verdict: 'yes', rule: RULES.otherNameHere };
    if (page.ownerOf && familyInText(alias.companyId, matches, page.ownerOf))
      return { verdict: 'yes', rule: RULES.familyHere };
    if (typical && typicalWordInText(alias.companyId, typical))
      return { verdict: 'yes', rule: RULES.typicalInText };
    if (after === "'s" && alias.mainName) return { verdict: 'weak', rule: RULES.possessive };
    if (alias.mainName && COMPANY_PREPOSITIONS.has(before) && !capitalAfter[index])
      return { verdict: 'weak', rule: RULES.preposition };
    if (alias.mainName && JAPANESE_PARTICLES.some((particle) => text.startsWith(particle, end)))
      return { verdict: 'weak', rule: RULES.japaneseParticle };
    if (isWellKnownOwnName(alias, page) && companyTalkInText())
      return { verdict: 'weak', rule: RULES.companyTalk };
    return { verdict: 'unproven', rule: RULES.noEvidence };
  });
  confirmAmounts(text, matches, judged);
  confirmListedNames(text, matches, judged, capitalAfter, page);
  return judged.map((j, i) =>
    j.verdict === 'unproven'
      ? matches[i]!.alias.mainName
        ? { verdict: 'page', rule: RULES.leansOnPage }
        : { verdict: 'no', rule: RULES.noEvidence }
      : j,
  );
}

/** "Electric Boat, a General Dynamics unit": the owner of the company, or a unit of it, among the text's names. */
function familyInText(
  companyId: string,
  matches: readonly AliasMatch[],
  ownerOf: Readonly<Record<string, string>>,
): boolean {
  const owner = ownerOf[companyId];
  return matches.some(
    ({ alias }) =>
      (owner !== undefined && alias.companyId === owner) || ownerOf[alias.companyId] === companyId,
  );
}

/**
 * Two companies or more, each followed by a sum of money, are vendors in a list ("paid Dell
 * $12 million and Target $3 million"): each is a company.
 */
function confirmAmounts(text: string, matches: readonly AliasMatch[], judged: Working[]): void {
  if (!matches.some((_, i) => judged[i]!.verdict === 'unproven')) return;
  const withAmount = matches.map((m) => AMOUNT_AFTER.test(text.slice(m.end, m.end + 12)));
  const companies = new Set(matches.filter((_, i) => withAmount[i]).map((m) => m.alias.companyId));
  if (companies.size < 2) return;
  matches.forEach((_, i) => {
    if (judged[i]!.verdict === 'unproven' && withAmount[i])
      judged[i] = { verdict: 'yes', rule: RULES.amounts };
  });
}

/**
 * What separates names in a list or a match-up: ", ", " and ", ", and ", " , ", " & ",
 * " / ", " vs. ", with any spacing around the commas. Kept short: a list item is the name
 * alone.
 */
const LIST_SEPARATOR = /^(?:\s*(?:,|&|\/)\s*(?:(?:and|or)\s+)?|,?\s+(?:and|or|vs\.?|versus)\s+)$/;

/** A verdict a listed neighbour can pass on: evidence in its own text, strong or weak. */
const standsOnEvidence = (verdict: Working['verdict']) => verdict === 'yes' || verdict === 'weak';

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
  judged: Working[],
  capitalAfter: readonly boolean[],
  page: PageContext,
): void {
  // Only unproven names are asked, and each of those was judged with the word after it.
  const listable = (i: number) => !capitalAfter[i];
  const listedWithCompany = (i: number, j: number): boolean => {
    const other = matches[j];
    if (!other || other.alias.companyId === matches[i]!.alias.companyId) return false;
    const standing =
      standsOnEvidence(judged[j]!.verdict) ||
      (judged[j]!.verdict === 'unproven' &&
        isWellKnownOwnName(matches[i]!.alias, page) &&
        isWellKnownOwnName(other.alias, page) &&
        listable(j));
    if (!standing) return false;
    const between =
      j < i ? text.slice(other.end, matches[i]!.start) : text.slice(matches[i]!.end, other.start);
    return between.length <= 10 && LIST_SEPARATOR.test(between);
  };
  const confirm = (i: number): boolean => {
    if (judged[i]!.verdict !== 'unproven' || !listable(i)) return false;
    if (!listedWithCompany(i, i - 1) && !listedWithCompany(i, i + 1)) return false;
    judged[i] = { verdict: 'yes', rule: RULES.list };
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
 * A one-word name right after a capitalised word in the middle of a sentence ends a longer
 * name: "at Ars Technica", "an Art Deco hotel", "posted by Alon Zakai". Not after an
 * abbreviation ("ICE Palantir"), nor at a sentence's start, where every word has a capital.
 */
function endsALongerName(text: string, start: number): boolean {
  if (text[start - 1] !== ' ') return false;
  const before = wordBefore(text, start);
  if (text[start - 2] === ' ' || before.length < 2 || !isCapital(before)) return false;
  if (before === before.toUpperCase()) return false;
  let i = start - 2 - before.length;
  while (i >= 0 && text[i] === ' ') i--;
  return i >= 0 && /[\p{Ll},]/u.test(text[i]!);
}

/** A headline or a menu: most of its words start with a capital, so capitals tell nothing. */
function isTitleCase(text: string): boolean {
  const words = text.match(/\p{L}+/gu) ?? [];
  const capitals = words.filter((w) => isCapital(w)).length;
  return words.length > 0 && capitals * 2 > words.length;
}

/**
 * A typical word right after the name ("Amazon Alexa") or a typical phrase that starts with
 * it ("the Apple Watch"): evidence even after "the".
 */
function typicalWordBeside(text: string, start: number, end: number, typical: readonly string[]): boolean {
  const next = nextWordStart(text, end);
  return typical.some((word) => wordAt(text, word, start) || wordAt(text, word, next));
}
