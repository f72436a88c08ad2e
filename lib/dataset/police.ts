// Reading the police-technology sources' loose fields into facts: dates in the Atlas's mixed
// forms, a dollar figure stated inside a summary, vendor fields that name several vendors,
// and the Flock portals' "Avon IN PD" agency names. Pure.

/** A date as far as the source states it: "2018", "2018-10" or "2018-10-06"; null if unreadable. */
export interface SourceDate {
  date: string | null;
  /** The source's own string, kept where it could not be read as a date. */
  raw: string | null;
}

const pad = (n: number): string => String(n).padStart(2, '0');

function validDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Two-digit years in the Atlas are of this century up to its download year, 2020. */
const fullYear = (yy: number): number => (yy <= 20 ? 2000 + yy : 1900 + yy);

const plausibleYear = (year: number): boolean => year >= 1990 && year <= 2030;

/**
 * The Atlas's "Link 1 Date": "10/06/2018", "4/27/2020", "10/6/18", "2018", "03/2019",
 * "2018-2019" or "2018/2019" (the first year), and typos such as "12/31,2019".
 */
export function parseSourceDate(input: string): SourceDate {
  const text = input.trim();
  if (text === '') return { date: null, raw: null };
  let m = /^(\d{1,2})\/(\d{1,2})[/,](\d{2}|\d{4})$/.exec(text);
  if (m) {
    const month = Number(m[1]);
    const day = Number(m[2]);
    const year = m[3]!.length === 2 ? fullYear(Number(m[3])) : Number(m[3]);
    if (plausibleYear(year) && validDay(year, month, day))
      return { date: `${year}-${pad(month)}-${pad(day)}`, raw: null };
    return { date: null, raw: text };
  }
  m = /^(\d{1,2})\/(\d{4})$/.exec(text);
  if (m) {
    const month = Number(m[1]);
    const year = Number(m[2]);
    if (plausibleYear(year) && month >= 1 && month <= 12) return { date: `${year}-${pad(month)}`, raw: null };
    return { date: null, raw: text };
  }
  m = /^(\d{4})(?:\s*[-/]\s*(\d{4}))?$/.exec(text);
  if (m && plausibleYear(Number(m[1]))) return { date: m[1]!, raw: null };
  return { date: null, raw: text };
}

const SCALE: Record<string, number> = { thousand: 1e3, k: 1e3, million: 1e6, m: 1e6, billion: 1e9, b: 1e9 };

/**
 * The dollar amount a summary states ("spent $310,000 on ShotSpotter", "a $1.2 million
 * contract"); null when it states none, or several different ones (which one was the
 * purchase is then a reading, not a fact).
 */
export function amountInSummary(summary: string): number | null {
  const amounts = new Set<number>();
  for (const m of summary.matchAll(
    /\$\s?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?:\s?(thousand|million|billion|[kmb])\b)?/gi,
  )) {
    const value = Number(m[1]!.replace(/,/g, '') + (m[2] ?? ''));
    const scale = m[3] ? SCALE[m[3].toLowerCase()]! : 1;
    amounts.add(Math.round(value * scale));
  }
  return amounts.size === 1 ? [...amounts][0]! : null;
}

/** "Vigilant Solutions, Neology/PIPS" → both; a slash joins names of one vendor ("CopVu/VieVu"). */
export function splitVendorField(field: string): string[] {
  return field
    .split(',')
    .map((part) => part.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/** The key a vendor spelling is looked up by: case, spacing and a trailing full stop ignored. */
export function vendorKey(spelling: string): string {
  return spelling.toLowerCase().replace(/\s+/g, ' ').replace(/\.$/, '').trim();
}

export const US_STATES: Readonly<Record<string, string>> = {
  AL: 'Alabama',
  AK: 'Alaska',
  AZ: 'Arizona',
  AR: 'Arkansas',
  CA: 'California',
  CO: 'Colorado',
  CT: 'Connecticut',
  DE: 'Delaware',
  DC: 'District of Columbia',
  FL: 'Florida',
  GA: 'Georgia',
  HI: 'Hawaii',
  ID: 'Idaho',
  IL: 'Illinois',
  IN: 'Indiana',
  IA: 'Iowa',
  KS: 'Kansas',
  KY: 'Kentucky',
  LA: 'Louisiana',
  ME: 'Maine',
  MD: 'Maryland',
  MA: 'Massachusetts',
  MI: 'Michigan',
  MN: 'Minnesota',
  MS: 'Mississippi',
  MO: 'Missouri',
  MT: 'Montana',
  NE: 'Nebraska',
  NV: 'Nevada',
  NH: 'New Hampshire',
  NJ: 'New Jersey',
  NM: 'New Mexico',
  NY: 'New York',
  NC: 'North Carolina',
  ND: 'North Dakota',
  OH: 'Ohio',
  OK: 'Oklahoma',
  OR: 'Oregon',
  PA: 'Pennsylvania',
  RI: 'Rhode Island',
  SC: 'South Carolina',
  SD: 'South Dakota',
  TN: 'Tennessee',
  TX: 'Texas',
  UT: 'Utah',
  VT: 'Vermont',
  VA: 'Virginia',
  WA: 'Washington',
  WV: 'West Virginia',
  WI: 'Wisconsin',
  WY: 'Wyoming',
  PR: 'Puerto Rico',
  GU: 'Guam',
  VI: 'US Virgin Islands',
  AS: 'American Samoa',
  MP: 'Northern Mariana Islands',
};

const PORTAL_KINDS: Record<string, { suffix: string; kind: string }> = {
  PD: { suffix: 'Police Department', kind: 'Police' },
  SO: { suffix: "Sheriff's Office", kind: 'Sheriff' },
};

export interface PortalAgencyName {
  name: string;
  state: string | null;
  /** The place before the state code: a city, or a county ("Hendricks County"). */
  place: string;
  kind: string;
}

/**
 * Flock's portal names: "Avon IN PD" → Avon Police Department, Indiana; "Hendricks County IN
 * SO" → Hendricks County Sheriff's Office. Names of other shapes are kept as written, with the
 * state where a code stands at the end or before the suffix.
 */
export function readPortalAgencyName(raw: string): PortalAgencyName {
  const text = raw.replace(/\s+/g, ' ').trim();
  const m = /^(.+?) ([A-Z]{2}) (PD|SO)$/.exec(text);
  if (m && US_STATES[m[2]!]) {
    const { suffix, kind } = PORTAL_KINDS[m[3]!]!;
    return { name: `${m[1]} ${suffix}`, state: m[2]!, place: m[1]!, kind };
  }
  const state = /(?:^|[\s(])([A-Z]{2})\)?$/.exec(text)?.[1] ?? /\b([A-Z]{2}) (?:PD|SO)\b/.exec(text)?.[1];
  const kind = /\bSO\b|Sheriff/i.test(text) ? 'Sheriff' : 'Police';
  return { name: text, state: state && US_STATES[state] ? state : null, place: '', kind };
}

/** "30 days" → 30; "NA", "-Infinity days" → null. */
export function retentionDays(raw: string): number | null {
  const m = /^(\d+) days?$/.exec(raw.trim());
  return m ? Number(m[1]) : null;
}

/** Agencies are one across sources when state and name agree, whatever the case and punctuation. */
export function agencyId(state: string | null, name: string): string {
  const slug = name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/&/g, ' and ')
    .replace(/'s\b/g, 's')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${(state ?? 'xx').toLowerCase()}-${slug}`;
}
