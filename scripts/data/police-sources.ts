// Reads the two police-technology sources into agencies and records: EFF's Atlas of
// Surveillance (2020-10-07) and the News & Observer's Flock portals and North Carolina survey
// (April 2024). Each record cites the pages its source cites.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import {
  agencyId,
  amountInSummary,
  parseSourceDate,
  readPortalAgencyName,
  retentionDays,
  splitVendorField,
  vendorKey,
} from '../../lib/dataset/police.ts';
import type { PoliceAgency, PoliceRecord } from '../../lib/dataset/schema.ts';
import { VENDOR_SPELLINGS } from './police-vendors.ts';

export const ATLAS_FILE = 'Atlas_of_Surveillance-20201007.csv';
export const NEWS_OBSERVER_ARTICLE =
  'https://www.newsobserver.com/news/state/north-carolina/article286920890.html';
export const NEWS_OBSERVER_REPO = 'https://github.com/mcclatchy-southeast/private_eyes';
export const ALPR = 'Automated License Plate Readers';

type Row = Record<string, string>;

function readCsv(path: string): Row[] {
  return parse(readFileSync(path), { columns: true, skip_empty_lines: true, bom: true }) as Row[];
}

function cell(row: Row, name: string, file: string, line: number): string {
  const value = row[name];
  if (value === undefined) throw new Error(`${file}: column "${name}" is missing (record ${line})`);
  return value.replace(/\s+/g, ' ').trim();
}

/** The companies a vendor field names; a spelling police-vendors.ts does not list fails the build. */
export function vendorCompanies(field: string, where: string): string[] {
  const ids = splitVendorField(field).flatMap((spelling) => {
    const known = VENDOR_SPELLINGS[vendorKey(spelling)];
    if (!known) throw new Error(`${where}: vendor "${spelling}" is not in scripts/data/police-vendors.ts`);
    return known;
  });
  return [...new Set(ids)].sort();
}

const isHttp = (url: string): boolean => /^https?:\/\/\S+$/.test(url);

/**
 * The Atlas's links to the Ring partnership map differ only in a view parameter a spreadsheet
 * filled in ("…&z=57"); they are one map, cited as the address most rows give.
 */
export function canonicalLink(url: string, canonicalMaps: ReadonlyMap<string, string>): string {
  const mid = /google\.com\/maps\/d\/(?:u\/\d+\/)?viewer\?mid=([\w-]+)/.exec(url)?.[1];
  return (mid && canonicalMaps.get(mid)) ?? url;
}

/** The address each Google My Maps map is cited by most often. */
function mostCitedMaps(links: readonly string[]): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const url of links) {
    const mid = /google\.com\/maps\/d\/(?:u\/\d+\/)?viewer\?mid=([\w-]+)/.exec(url)?.[1];
    if (!mid) continue;
    const byUrl = counts.get(mid) ?? new Map<string, number>();
    byUrl.set(url, (byUrl.get(url) ?? 0) + 1);
    counts.set(mid, byUrl);
  }
  return new Map(
    [...counts].map(([mid, byUrl]) => [
      mid,
      [...byUrl].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0],
    ]),
  );
}

const AGENCY_KINDS: Record<string, string> = {
  'State police': 'State Police',
  'State agency': 'State Agency',
};

export interface PoliceSources {
  agencies: PoliceAgency[];
  records: PoliceRecord[];
  log: string[];
}

function readAtlas(dir: string): { agencies: PoliceAgency[]; records: PoliceRecord[] } {
  const rows = readCsv(join(dir, ATLAS_FILE));
  const linkColumns = ['Link 1', 'Link 2', 'Link 3'];
  const maps = mostCitedMaps(rows.flatMap((r) => linkColumns.map((c) => (r[c] ?? '').trim())));
  const agencies: PoliceAgency[] = [];
  const records: PoliceRecord[] = rows.map((row, i) => {
    const line = i + 2;
    const get = (name: string) => cell(row, name, ATLAS_FILE, line);
    const id = get('AOSNUMBER');
    const state = get('State');
    const kind = get('Type of LEA');
    const agency: PoliceAgency = {
      id: agencyId(state, get('Agency')),
      name: get('Agency'),
      city: get('City'),
      county: get('County'),
      state,
      kind: AGENCY_KINDS[kind] ?? kind,
    };
    agencies.push(agency);
    const sources = [
      ...new Set(
        linkColumns
          .map(get)
          .filter(isHttp)
          .map((u) => canonicalLink(u, maps)),
      ),
    ];
    if (sources.length === 0) throw new Error(`${ATLAS_FILE}: ${id} (line ${line}) cites no link`);
    const date = parseSourceDate(get('Link 1 Date'));
    return {
      id: `aos:${id}`,
      agencyId: agency.id,
      companyIds: vendorCompanies(get('Vendor'), `${ATLAS_FILE} ${id}`),
      vendor: get('Vendor'),
      technology: get('Technology'),
      date: date.date,
      dateRaw: date.raw,
      amountUSD: amountInSummary(get('Summary')),
      cameras: null,
      retentionDays: null,
      sharesWith: null,
      dataset: 'atlas',
      sources,
    };
  });
  return { agencies, records };
}

/** Portals Flock runs for itself (sales, training, marketing), which are no agency's. */
const NOT_AN_AGENCY = /^(?:Flock\b|DNU$)|\bTraining$/;

function readFlockPortals(dir: string): {
  agencies: PoliceAgency[];
  records: PoliceRecord[];
  skipped: string[];
} {
  const file = 'latest_usage04262023.csv';
  const edges = readCsv(join(dir, 'agency_access20240426.csv'));
  const sharing = new Map<string, Set<string>>();
  for (const edge of edges) {
    const set = sharing.get(edge.src_agency_id!) ?? new Set<string>();
    set.add(edge.external_agency_id!);
    sharing.set(edge.src_agency_id!, set);
  }
  const agencies: PoliceAgency[] = [];
  const records: PoliceRecord[] = [];
  const skipped: string[] = [];
  readCsv(join(dir, file)).forEach((row, i) => {
    const get = (name: string) => cell(row, name, file, i + 2);
    const raw = get('agency');
    if (NOT_AN_AGENCY.test(raw)) {
      skipped.push(raw);
      return;
    }
    const url = get('url');
    if (!isHttp(url)) throw new Error(`${file}: ${raw} has no portal address`);
    const name = readPortalAgencyName(raw);
    const agency: PoliceAgency = {
      id: agencyId(name.state, name.name),
      name: name.name,
      city: name.kind === 'Police' ? name.place : '',
      county: name.kind === 'Sheriff' ? name.place : '',
      state: name.state ?? '',
      kind: name.kind,
    };
    agencies.push(agency);
    const listed = get('external_organizations_with_access');
    const shares = sharing.get(get('id'))?.size ?? (/^\d+$/.test(listed) ? Number(listed) : null);
    const cameras = get('number_of_owned_cameras');
    records.push({
      id: `flock:${get('id')}`,
      agencyId: agency.id,
      companyIds: ['flock-safety'],
      vendor: 'Flock Safety',
      technology: ALPR,
      date: get('updated').slice(0, 10),
      dateRaw: null,
      amountUSD: null,
      cameras: /^\d+$/.test(cameras) ? Number(cameras) : null,
      retentionDays: retentionDays(get('data_retention_in_days')),
      sharesWith: shares,
      dataset: 'flock-portals',
      sources: [url],
    });
  });
  return { agencies, records, skipped };
}

function readNcSurvey(dir: string): { agencies: PoliceAgency[]; records: PoliceRecord[] } {
  const file = 'nc_agency_survey20240430.csv';
  const agencies: PoliceAgency[] = [];
  const records: PoliceRecord[] = [];
  readCsv(join(dir, file)).forEach((row, i) => {
    const get = (name: string) => cell(row, name, file, i + 2);
    const name = readPortalAgencyName(get('name'));
    const agency: PoliceAgency = {
      id: agencyId(name.state ?? 'NC', name.name),
      name: name.name,
      city: get('city'),
      county: get('county'),
      state: name.state ?? 'NC',
      kind: name.kind,
    };
    agencies.push(agency);
    const count = (value: string) => (/^\d+$/.test(value) ? Number(value) : null);
    records.push({
      id: `nc-survey:${get('id')}`,
      agencyId: agency.id,
      companyIds: vendorCompanies(get('company'), `${file} ${get('id')}`),
      vendor: get('company') === 'Unknown' ? '' : get('company'),
      technology: ALPR,
      date: '2024-04-30',
      dateRaw: null,
      amountUSD: null,
      cameras: count(get('cams_confirmed')) ?? count(get('cams_portal')),
      retentionDays: null,
      sharesWith: null,
      dataset: 'nc-survey',
      sources: [
        NEWS_OBSERVER_ARTICLE,
        ...[get('document_url'), get('flock_portal_url')].filter(isHttp),
        NEWS_OBSERVER_REPO,
      ],
    });
  });
  return { agencies, records };
}

/** Agencies met in several sources are one: the first spelling read (the Atlas's) is kept. */
export function readPoliceSources(sourcesDir: string): PoliceSources {
  const atlas = readAtlas(join(sourcesDir, 'atlas-of-surveillance-2020'));
  const flock = readFlockPortals(join(sourcesDir, 'mcclatchy-private-eyes'));
  const survey = readNcSurvey(join(sourcesDir, 'mcclatchy-private-eyes'));
  const byId = new Map<string, PoliceAgency>();
  for (const agency of [...atlas.agencies, ...flock.agencies, ...survey.agencies]) {
    const held = byId.get(agency.id);
    if (!held) byId.set(agency.id, agency);
    else if (!held.city && agency.city) byId.set(agency.id, { ...held, city: agency.city });
  }
  const records = [...atlas.records, ...flock.records, ...survey.records].sort((a, b) =>
    a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
  );
  const agencies = [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
  const withVendor = atlas.records.filter((r) => r.companyIds.length > 0).length;
  return {
    agencies,
    records,
    log: [
      `police: Atlas ${atlas.records.length} records (${withVendor} name a vendor company), Flock portals ${flock.records.length} (${flock.skipped.length} of Flock's own left out: ${flock.skipped.join('; ')}), NC survey ${survey.records.length}; ${agencies.length} agencies`,
    ],
  };
}
