// Groups the many spellings of a recipient into one company. Spellings merge when they
// differ only in legal form, punctuation, a leading "The", or a government-business
// qualifier ("USG", "Federal Services", "Special Services"); a subsidiary joins its parent
// only where a source says so (Torn Apart's parent_name) or the curated list names it.
// Joint ventures stay companies of their own. Pure.
import { recipientKey } from './names';

const QUALIFIERS = ['USG', 'FEDERAL SERVICES', 'SPECIAL SERVICES', 'FEDERAL SYSTEMS', 'GOVERNMENT SERVICES'];

/** Words too common to identify a company on their own or together. */
export const GENERIC_WORDS = new Set(
  (
    'a an and the of for in on at to by & co company companies corp corporation inc llc ltd lp llp ' +
    'global services service group solutions solution systems system technologies technology tech ' +
    'international consulting consultants management general american america national united federal ' +
    'government security securities enterprises enterprise associates partners industries holdings holding ' +
    'resources support logistics construction engineering research health medical data information ' +
    'networks network communications communication defense defence integrated advanced applied strategic ' +
    'professional technical business digital innovative innovations premier first one two three four five ' +
    'alpha delta omega north south east west northern southern eastern western new city county state ' +
    'department office center centre institute university associates products product supply supplies ' +
    'manufacturing industrial electric electronics energy environmental facilities facility maintenance ' +
    'operations software hardware computer computers analytics science sciences scientific marine aviation ' +
    'aerospace transportation transport training education medical healthcare care staffing personnel ' +
    'usa us world worldwide pacific atlantic capital trust venture ventures joint design designs'
  ).split(/\s+/),
);

export function isJointVenture(name: string): boolean {
  return /\bJ\.?\s?V\b|\bJOINT\s+VENTURES?\b/i.test(name);
}

/** The grouping key: recipientKey, minus a leading "THE" and a trailing qualifier. */
export function companyKey(name: string): string {
  let key = recipientKey(name).replace(/^THE /, '');
  if (isJointVenture(name)) return key;
  for (const qualifier of QUALIFIERS) {
    if (!key.endsWith(` ${qualifier}`)) continue;
    const rest = key.slice(0, -qualifier.length - 1);
    if (rest.split(' ').some((word) => !GENERIC_WORDS.has(word.toLowerCase()))) key = rest;
    break;
  }
  return recipientKey(key);
}

const SMALL_WORDS = new Set([
  'and',
  'of',
  'the',
  'for',
  'in',
  'on',
  'at',
  'to',
  'by',
  'a',
  'an',
  'de',
  'du',
  'la',
]);
const SHORT_WORDS = new Set(
  'ace act age aid air all arc art bay bee big bio box bus buy car cat day dog dry eco end eye fan far fit '
    .concat('fly fox fun gas gem get go hat hub ice ink inn jet key kid lab law leg lot low man map max med ')
    .concat(
      'mid mix net new now oak oil one our out owl pac pay pet pro put ray red run sea see sky sol sun ',
    )
    .concat('tax tea ten tip top toy two van via way web win wiz yes zen zip')
    .split(' '),
);
const UPPER_WORDS = new Set([
  'LLC',
  'LP',
  'LLP',
  'USA',
  'US',
  'IT',
  'JV',
  'II',
  'III',
  'IV',
  'VI',
  'UK',
  'USG',
  'AI',
  'PBC',
]);

/** "SCIENCE APPLICATIONS INTERNATIONAL" → "Science Applications International"; mixed case is kept. */
export function displayCase(name: string): string {
  if (/[a-z]/.test(name)) return name.trim().replace(/\s+/g, ' ');
  return name
    .trim()
    .split(/\s+/)
    .map((word, i) => {
      if (UPPER_WORDS.has(word)) return word;
      const lower = word.toLowerCase();
      if (i > 0 && SMALL_WORDS.has(lower)) return lower;
      // Three letters or fewer in capitals are an acronym ("CDW", "MIT", "SCI"), unless an
      // everyday word.
      if (/^[A-Z0-9]{2,3}$/.test(word) && !SHORT_WORDS.has(lower)) return word;
      return lower.replace(
        /(^|[-/.&'])(\p{L})/gu,
        (_, sep: string, letter: string) => sep + letter.toUpperCase(),
      );
    })
    .join(' ');
}

const LEGAL_TAIL =
  /(?:[\s,]+(?:inc|incorporated|corp|corporation|co|company|llc|l\.l\.c|lp|l\.p|llp|ltd|limited|plc|pllc|pc|s\.a|k\.k)\.?)+\s*$/i;

/** A display name without its legal form: "Palantir Technologies Inc." → "Palantir Technologies". */
export function withoutLegalForm(name: string): string {
  const stripped = name.replace(LEGAL_TAIL, '').replace(/[\s,]+$/, '');
  return stripped.length > 0 ? stripped : name;
}

export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'company';
}

export interface CuratedIdentity {
  id: string;
  name: string;
  /** Names (any spelling) that belong to this company. */
  names: string[];
}

export interface ResolvedCompany {
  id: string;
  name: string;
  /** Every raw spelling seen, sorted. */
  recipientNames: string[];
  /** Sum of the weights observed (obligations), for ordering and alias conflicts. */
  weight: number;
}

interface Group {
  names: Map<string, number>;
  parentNames: Map<string, number>;
  curated?: CuratedIdentity;
  weight: number;
}

export class CompanyResolver {
  private readonly parent = new Map<string, string>();
  private readonly curatedByKey = new Map<string, CuratedIdentity>();
  private readonly observed: { name: string; weight: number; asParent: boolean }[] = [];
  private resolved: { companies: ResolvedCompany[]; byKey: Map<string, string> } | undefined;

  constructor(curated: readonly CuratedIdentity[]) {
    for (const company of curated) {
      const keys = company.names.map(companyKey);
      for (const key of keys) {
        this.curatedByKey.set(key, company);
        this.union(keys[0]!, key);
      }
    }
  }

  private find(key: string): string {
    let root = key;
    while (this.parent.has(root) && this.parent.get(root) !== root) root = this.parent.get(root)!;
    if (!this.parent.has(key)) this.parent.set(key, key);
    // Path compression keeps later look-ups short.
    let node = key;
    while (node !== root) {
      const next = this.parent.get(node)!;
      this.parent.set(node, root);
      node = next;
    }
    return root;
  }

  private union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return;
    // The lexically smaller root wins, so the result does not depend on input order.
    if (ra < rb) this.parent.set(rb, ra);
    else this.parent.set(ra, rb);
  }

  /** A recipient spelling, with its parent company where a source names one. */
  observe(name: string, weight = 0, parentName?: string): void {
    this.resolved = undefined;
    const key = companyKey(name);
    this.find(key);
    this.observed.push({ name, weight, asParent: false });
    if (parentName && parentName.trim() !== '' && !isJointVenture(name)) {
      const parentKey = companyKey(parentName);
      this.observed.push({ name: parentName, weight: 0, asParent: true });
      this.union(key, parentKey);
    }
  }

  /** The company id a spelling belongs to (it must have been observed, or be curated). */
  companyOf(name: string): string | undefined {
    return this.resolve().byKey.get(this.find(companyKey(name)));
  }

  companies(): ResolvedCompany[] {
    return this.resolve().companies;
  }

  private resolve(): { companies: ResolvedCompany[]; byKey: Map<string, string> } {
    if (this.resolved) return this.resolved;
    const groups = new Map<string, Group>();
    const groupOf = (root: string): Group => {
      let group = groups.get(root);
      if (!group) {
        group = { names: new Map(), parentNames: new Map(), weight: 0 };
        groups.set(root, group);
      }
      return group;
    };
    for (const { name, weight, asParent } of this.observed) {
      const group = groupOf(this.find(companyKey(name)));
      const target = asParent ? group.parentNames : group.names;
      target.set(name, (target.get(name) ?? 0) + weight + 1);
      group.weight += weight;
    }
    for (const [key, curated] of this.curatedByKey) groupOf(this.find(key)).curated = curated;

    const named = [...groups].map(([root, group]) => ({ root, group, name: groupName(group) }));
    named.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.root < b.root ? -1 : 1));
    const taken = new Set(named.flatMap(({ group }) => (group.curated ? [group.curated.id] : [])));
    const byKey = new Map<string, string>();
    const companies: ResolvedCompany[] = [];
    for (const { root, group, name } of named) {
      let id = group.curated?.id;
      if (!id) {
        const base = slugify(name);
        id = base;
        for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
        taken.add(id);
      }
      byKey.set(root, id);
      companies.push({
        id,
        name,
        recipientNames: [...group.names.keys()].sort(),
        weight: Math.round(group.weight * 100) / 100,
      });
    }
    this.resolved = { companies, byKey };
    return this.resolved;
  }
}

/** Curated name; else the parent a source names; else the most used spelling, tidied. */
function groupName(group: Group): string {
  if (group.curated) return group.curated.name;
  const pick = (names: Map<string, number>): string | undefined => {
    const mixed = [...names].filter(([n]) => /[a-z]/.test(n));
    const pool = mixed.length > 0 ? mixed : [...names];
    pool.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    return pool[0]?.[0];
  };
  const chosen = pick(group.parentNames) ?? pick(group.names) ?? 'Unknown company';
  return withoutLegalForm(displayCase(chosen));
}
