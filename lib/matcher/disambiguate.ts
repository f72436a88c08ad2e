// An ambiguous alias ("Amazon", "Target", "Apple") names the company only with evidence:
// an unambiguous alias of the same company on the page, a company word right beside it, or
// the page being the company's own site. Some neighbours rule the company out whatever else
// the page says ("Amazon River"). Pure.
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
]);

/**
 * Words right before a name that make it a company ("works at Amazon"). Not "by" or "with",
 * and no verb of saying after a name: people are posted by, and say, as often as companies.
 */
const COMPANY_PRECEDERS = new Set(['at', 'joined', 'rival']);

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
  'audience',
  'market',
  'bell',
  'Maven',
]);

/**
 * Words right before a name that make it something else unless a company word follows it
 * ("the Amazon" is the river, "the Amazon warehouse" is not; "Apache Maven").
 */
const OTHER_PRECEDERS = new Set(['the', 'The', 'Apache']);

export interface PageContext {
  /** The page's host name, e.g. "www.amazon.com". */
  host: string;
  /** Company id → its web domains. */
  domainsOf: (companyId: string) => readonly string[];
}

export function wordAfter(text: string, end: number): string {
  let i = end;
  if (text.charCodeAt(i) === 0x2019 || text.charCodeAt(i) === 0x27) return "'s";
  while (i < text.length && (text[i] === ' ' || text[i] === '\n' || text[i] === '\u00a0')) i++;
  const start = i;
  while (i < text.length && isWordChar(text.charCodeAt(i))) i++;
  return text.slice(start, i);
}

export function wordBefore(text: string, start: number): string {
  let i = start - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\n' || text[i] === '\u00a0')) i--;
  const end = i + 1;
  while (i >= 0 && isWordChar(text.charCodeAt(i))) i--;
  return text.slice(i + 1, end);
}

function onOwnSite(host: string, domains: readonly string[]): boolean {
  return domains.some((domain) => host === domain || host.endsWith(`.${domain}`));
}

/**
 * Keeps every unambiguous match and the ambiguous ones that have evidence. `texts` pairs
 * each text with its matches so that page-wide evidence (another alias of the company
 * anywhere on the page) counts.
 */
export function keepEvidencedMatches<T extends { text: string; matches: AliasMatch[] }>(
  texts: readonly T[],
  page: PageContext,
): Map<T, AliasMatch[]> {
  const namedPlainly = new Set<string>();
  for (const { matches } of texts) {
    for (const match of matches) if (!match.alias.ambiguous) namedPlainly.add(match.alias.companyId);
  }
  const kept = new Map<T, AliasMatch[]>();
  for (const item of texts) {
    const accepted = item.matches.filter((match) => {
      if (!match.alias.ambiguous) return true;
      const after = wordAfter(item.text, match.end);
      const before = wordBefore(item.text, match.start);
      if (OTHER_FOLLOWERS.has(after)) return false;
      if (after === "'s" || COMPANY_FOLLOWERS.has(after)) return true;
      if (OTHER_PRECEDERS.has(before)) return false;
      const companyId = match.alias.companyId;
      return (
        namedPlainly.has(companyId) ||
        COMPANY_PRECEDERS.has(before) ||
        onOwnSite(page.host, page.domainsOf(companyId))
      );
    });
    if (accepted.length > 0) kept.set(item, accepted);
  }
  return kept;
}
