import { describe, expect, it } from 'vitest';
import {
  agenciesByState,
  agencySearchIndex,
  filterPoliceRows,
  FIRST_POLICE_QUERY,
  policeListPage,
  policeSummary,
  samePoliceQuery,
  searchAgencies,
  commonSource,
  sortPoliceRows,
  stateOfAgency,
} from './police-summary';
import type { PoliceAgency, PoliceRecord } from './schema';
import { policeRecord } from '../../tests/support/police-record';

const record = (
  id: string,
  agencyId: string,
  technology: string,
  date: string | null,
  source = 'https://a.example/',
): PoliceRecord =>
  policeRecord({
    id,
    agencyId,
    companyIds: ['axon-enterprise'],
    vendor: 'Axon',
    technology,
    date,
    sources: [source],
  });
const agency = (id: string, name: string, city: string, county = ''): PoliceAgency => ({
  id,
  name,
  city,
  county,
  state: id.slice(0, 2).toUpperCase(),
  kind: 'Police',
});

const records = [
  record('aos:1', 'ca-oakland-police-department', 'Body-worn Cameras', '2014-03-01'),
  record('aos:2', 'ca-oakland-police-department', 'Drones', '2019'),
  record('aos:3', 'tx-austin-police-department', 'Body-worn Cameras', null),
  record('aos:4', 'xx-unknown-agency', 'Body-worn Cameras', '2020-10'),
];

describe('policeSummary', () => {
  it('counts agencies, not records, and spans the dated years', () => {
    expect(policeSummary(records)).toEqual({
      records: 4,
      agencies: 3,
      technologies: [
        { technology: 'Body-worn Cameras', agencies: 3 },
        { technology: 'Drones', agencies: 1 },
      ],
      states: [
        { state: 'CA', agencies: 1 },
        { state: 'TX', agencies: 1 },
      ],
      firstYear: '2014',
      lastYear: '2020',
      datasets: ['atlas'],
    });
    expect(policeSummary([])).toBeNull();
  });

  it('maps agencies to states, leaving out those without one', () => {
    expect(stateOfAgency('ca-oakland-police-department')).toBe('CA');
    expect(stateOfAgency('xx-unknown-agency')).toBe('');
    expect([...agenciesByState(records)]).toEqual([
      ['CA', 1],
      ['TX', 1],
    ]);
  });
});

describe('the police list', () => {
  const agencies = new Map([
    [
      'ca-oakland-police-department',
      agency('ca-oakland-police-department', 'Oakland Police Department', 'Oakland'),
    ],
    [
      'tx-austin-police-department',
      agency('tx-austin-police-department', 'Austin Police Department', 'Austin'),
    ],
  ]);
  const rows = records.map((r) => ({ record: r, agency: agencies.get(r.agencyId) }));

  it('filters by state and technology', () => {
    expect(filterPoliceRows(rows, 'CA', '').map((r) => r.record.id)).toEqual(['aos:1', 'aos:2']);
    expect(filterPoliceRows(rows, '', 'Drones').map((r) => r.record.id)).toEqual(['aos:2']);
    expect(filterPoliceRows(rows, 'TX', 'Drones')).toEqual([]);
  });

  it('sorts by agency, state, technology or date, either way', () => {
    const ids = (by: Parameters<typeof sortPoliceRows>[1], up: boolean) =>
      sortPoliceRows(rows, by, up).map((r) => r.record.id);
    expect(ids('agency', true)).toEqual(['aos:3', 'aos:1', 'aos:2', 'aos:4']);
    expect(ids('date', false)).toEqual(['aos:4', 'aos:2', 'aos:1', 'aos:3']);
    expect(ids('state', true)).toEqual(['aos:4', 'aos:1', 'aos:2', 'aos:3']);
    expect(ids('technology', false)[0]).toBe('aos:2');
  });

  it('cuts a page from the filtered, sorted rows and counts all that match', () => {
    const query = { state: 'CA', technology: '', sort: 'date' as const, ascending: false, limit: 1 };
    const page = policeListPage(rows, query);
    expect(page.total).toBe(2);
    expect(page.rows.map((r) => r.record.id)).toEqual(['aos:2']);
    // The common source is counted over every matching row, not only the page's.
    expect(page.common).toEqual({ url: 'https://a.example/', records: 2 });
    expect(policeListPage(rows, { ...query, limit: 10 }).rows).toHaveLength(2);
    expect(policeListPage(rows, { ...query, state: 'NY' })).toEqual({ total: 0, rows: [], common: null });
  });

  it('tells queries apart by every field', () => {
    expect(samePoliceQuery(FIRST_POLICE_QUERY, { ...FIRST_POLICE_QUERY })).toBe(true);
    for (const change of [
      { state: 'CA' },
      { technology: 'Drones' },
      { sort: 'date' as const },
      { ascending: false },
      { limit: 41 },
    ])
      expect(samePoliceQuery(FIRST_POLICE_QUERY, { ...FIRST_POLICE_QUERY, ...change })).toBe(false);
  });

  it('says once the source most rows cite, and nothing when few share one', () => {
    expect(commonSource(records)).toEqual({ url: 'https://a.example/', records: 4 });
    const other = (id: string) => record(id, 'ca-x', 'Drones', null, `https://${id}.example/`);
    expect(commonSource([...records, other('b')])).toEqual({ url: 'https://a.example/', records: 4 });
    expect(commonSource([...records, other('b'), other('c'), other('d'), other('e'), other('f')])).toBeNull();
    expect(commonSource(records.slice(0, 1))).toBeNull();
  });
});

describe('searchAgencies', () => {
  const index = agencySearchIndex([
    agency(
      'ma-greenfield-police-department',
      'Greenfield Police Department',
      'Greenfield',
      'Franklin County',
    ),
    agency('ca-oakland-police-department', 'Oakland Police Department', 'Oakland', 'Alameda County'),
    agency(
      'ca-alameda-county-sheriffs-office',
      "Alameda County Sheriff's Office",
      'Oakland',
      'Alameda County',
    ),
    agency(
      'mi-oakland-county-sheriffs-office',
      "Oakland County Sheriff's Office",
      'Pontiac',
      'Oakland County',
    ),
  ]);
  const names = (q: string) => searchAgencies(index, q, 10).map((a) => a.id);

  it('finds agencies by city, county or name, whatever the case', () => {
    expect(names('oakland')).toEqual([
      'ca-oakland-police-department',
      'ca-alameda-county-sheriffs-office',
      'mi-oakland-county-sheriffs-office',
    ]);
    expect(names('Greenfield Police')).toEqual(['ma-greenfield-police-department']);
    expect(names('oakland mi')).toEqual(['mi-oakland-county-sheriffs-office']);
  });

  it('waits for three letters and stops at the limit', () => {
    expect(names('oa')).toEqual([]);
    expect(searchAgencies(index, 'department', 1)).toHaveLength(1);
  });
});
