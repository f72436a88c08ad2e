// Figures over police-technology records: what a company's card says in one line, and what
// the popup's police section charts, maps, sorts and filters. Pure.
import { foldForSearch } from './fold';
import type { PoliceAgency, PoliceRecord } from './schema';

export interface PoliceSummary {
  records: number;
  /** Distinct agencies with at least one record. */
  agencies: number;
  /** Agencies per technology, most first. */
  technologies: { technology: string; agencies: number }[];
  /** Agencies per state code, most first. */
  states: { state: string; agencies: number }[];
  /** The first and last year the records are dated; null when none is. */
  firstYear: string | null;
  lastYear: string | null;
  /** Which sources the records come from, for the "as of" line. */
  datasets: PoliceRecord['dataset'][];
}

/** Where each police source is published: what a line summing its records cites. */
export const POLICE_DATASET_SOURCES: Readonly<Record<PoliceRecord['dataset'], string>> = {
  atlas: 'https://atlasofsurveillance.org',
  'flock-portals': 'https://github.com/mcclatchy-southeast/private_eyes',
  'nc-survey': 'https://www.newsobserver.com/news/state/north-carolina/article286920890.html',
};

/** The agency's state, which its id begins with ("ca-oakland-police-department"). */
export function stateOfAgency(agencyId: string): string {
  const code = agencyId.slice(0, 2).toUpperCase();
  return code === 'XX' ? '' : code;
}

function countAgencies(
  records: readonly PoliceRecord[],
  keyOf: (r: PoliceRecord) => string,
): Map<string, number> {
  const seen = new Map<string, Set<string>>();
  for (const record of records) {
    const key = keyOf(record);
    const set = seen.get(key) ?? new Set<string>();
    set.add(record.agencyId);
    seen.set(key, set);
  }
  return new Map([...seen].map(([key, set]) => [key, set.size]));
}

const byCountThenName = (a: [string, number], b: [string, number]) =>
  b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

/** Agencies per technology, most first. */
export function agenciesByTechnology(
  records: readonly PoliceRecord[],
): { technology: string; agencies: number }[] {
  return [...countAgencies(records, (r) => r.technology)]
    .sort(byCountThenName)
    .map(([technology, agencies]) => ({ technology, agencies }));
}

/** Agencies per state code. */
export function agenciesByState(records: readonly PoliceRecord[]): Map<string, number> {
  const counts = countAgencies(records, (r) => stateOfAgency(r.agencyId));
  counts.delete('');
  return counts;
}

export function policeSummary(records: readonly PoliceRecord[]): PoliceSummary | null {
  if (records.length === 0) return null;
  const years = records.flatMap((r) => (r.date ? [r.date.slice(0, 4)] : [])).sort();
  return {
    records: records.length,
    agencies: new Set(records.map((r) => r.agencyId)).size,
    technologies: agenciesByTechnology(records),
    states: [...agenciesByState(records)]
      .sort(byCountThenName)
      .map(([state, agencies]) => ({ state, agencies })),
    firstYear: years[0] ?? null,
    lastYear: years.at(-1) ?? null,
    datasets: [...new Set(records.map((r) => r.dataset))].sort(),
  };
}

export type PoliceSort = 'agency' | 'state' | 'technology' | 'date';

export interface PoliceRow {
  record: PoliceRecord;
  agency: PoliceAgency | undefined;
}

/** Rows whose state and technology match; '' matches any. */
export function filterPoliceRows(rows: readonly PoliceRow[], state: string, technology: string): PoliceRow[] {
  return rows.filter(
    (row) =>
      (state === '' || stateOfAgency(row.record.agencyId) === state) &&
      (technology === '' || row.record.technology === technology),
  );
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

export function sortPoliceRows(rows: readonly PoliceRow[], by: PoliceSort, ascending: boolean): PoliceRow[] {
  const name = (row: PoliceRow) => row.agency?.name ?? row.record.agencyId;
  const key: Record<PoliceSort, (row: PoliceRow) => string> = {
    agency: name,
    state: (row) => stateOfAgency(row.record.agencyId),
    technology: (row) => row.record.technology,
    date: (row) => row.record.date ?? '',
  };
  const sign = ascending ? 1 : -1;
  return [...rows].sort(
    (a, b) =>
      sign * collator.compare(key[by](a), key[by](b)) ||
      collator.compare(name(a), name(b)) ||
      (a.record.id < b.record.id ? -1 : 1),
  );
}

/**
 * The source most rows of a list cite, when at least half of them do (all but a few of the
 * 1,500 Ring rows cite the one Ring map): said once above the list instead of on every row.
 */
export function commonSource(records: readonly PoliceRecord[]): { url: string; records: number } | null {
  if (records.length < 2) return null;
  const counts = new Map<string, number>();
  for (const record of records) for (const url of record.sources) counts.set(url, (counts.get(url) ?? 0) + 1);
  let best: { url: string; records: number } | null = null;
  for (const [url, n] of counts) if (!best || n > best.records) best = { url, records: n };
  return best && best.records >= 2 && best.records * 2 >= records.length ? best : null;
}

/** Which part of a company's police list to show: filters, order and how many rows. */
export interface PoliceListQuery {
  /** A state code, or '' for every state. */
  state: string;
  /** A technology, or '' for every technology. */
  technology: string;
  sort: PoliceSort;
  ascending: boolean;
  /** At most this many rows, from the first. */
  limit: number;
}

/** A long list starts with this many rows; the rest is one click away. */
const FIRST_POLICE_ROWS = 40;

export const FIRST_POLICE_QUERY: PoliceListQuery = {
  state: '',
  technology: '',
  sort: 'agency',
  ascending: true,
  limit: FIRST_POLICE_ROWS,
};

export function samePoliceQuery(a: PoliceListQuery, b: PoliceListQuery): boolean {
  return (
    a.state === b.state &&
    a.technology === b.technology &&
    a.sort === b.sort &&
    a.ascending === b.ascending &&
    a.limit === b.limit
  );
}

/** The rows a query shows, out of how many match, and the source most of those cite. */
export interface PoliceListPage {
  total: number;
  rows: PoliceRow[];
  common: { url: string; records: number } | null;
}

/**
 * Filters, sorts and cuts a company's police rows as the popup asks: the background does it
 * next to the records, so that only the rows on screen cross to the popup.
 */
export function policeListPage(rows: readonly PoliceRow[], query: PoliceListQuery): PoliceListPage {
  const matching = filterPoliceRows(rows, query.state, query.technology);
  return {
    total: matching.length,
    rows: sortPoliceRows(matching, query.sort, query.ascending).slice(0, query.limit),
    common: commonSource(matching.map((r) => r.record)),
  };
}

export interface AgencyIndexEntry {
  agency: PoliceAgency;
  /** Name, city, county and state, folded once so that a keystroke only compares. */
  text: string;
}

export function agencySearchIndex(agencies: readonly PoliceAgency[]): AgencyIndexEntry[] {
  return agencies.map((agency) => ({
    agency,
    text: foldForSearch(`${agency.name} ${agency.city} ${agency.county} ${agency.state}`),
  }));
}

/**
 * Agencies whose name, city, county or state contains every typed word ("Oakland",
 * "Greenfield Police"); those whose city or name starts with the query first.
 */
export function searchAgencies(
  index: readonly AgencyIndexEntry[],
  query: string,
  limit: number,
): PoliceAgency[] {
  const wanted = foldForSearch(query).trim();
  const words = wanted.split(/\s+/).filter((w) => w.length > 0);
  if (words.join('').length < 3) return [];
  const first: PoliceAgency[] = [];
  const rest: PoliceAgency[] = [];
  for (const { agency, text } of index) {
    if (!words.every((w) => text.includes(w))) continue;
    (text.startsWith(wanted) || foldForSearch(agency.city).startsWith(wanted) ? first : rest).push(agency);
  }
  return [...first, ...rest].slice(0, limit);
}
