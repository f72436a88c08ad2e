import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { datasetToLoad, type DatasetToLoad } from '../dataset/file';
import type { Dataset } from '../dataset/schema';
import { FIRST_POLICE_QUERY } from '../dataset/police-summary';
import { policeRecord as filledPoliceRecord } from '../../tests/support/police-record';
import {
  BUCKETS,
  bucketOf,
  companyDetails,
  companySummary,
  datasetInfo,
  listCompanies,
  DB_NAME,
  loadDataset,
  loadedDatasetVersion,
  openDatabase,
  companyNameOf,
  datasetIntact,
  listAgencies,
  agencyRecords,
  policeList,
} from './database';
import { deleteReport, importReports, listReports, saveReport } from './reports';

function dataset(version: string, awardAmount: number): DatasetToLoad {
  return datasetToLoad({
    meta: { version, caveats: ['lower bounds'], credits: [] },
    companies: [{ id: 'palantir', name: 'Palantir', recipientNames: [], domains: ['palantir.com'] }],
    awards: [
      {
        companyId: 'palantir',
        recipientName: 'PALANTIR TECHNOLOGIES INC.',
        agency: 'ICE',
        awardId: 'A',
        generatedAwardId: 'CONT_AWD_A',
        obligatedUSD: awardAmount,
        firstActionDate: '2021-01-01',
        lastActionDate: '2022-01-01',
        productOrService: 'IT',
        naics: 'SOFTWARE PUBLISHERS',
        description: 'FALCON',
        dataset: 'usaspending',
      },
    ],
    actions: [
      {
        id: 'cat:96',
        companyIds: ['palantir'],
        date: '2018-07-31',
        kinds: ['protest'],
        struggles: [],
        workers: 50,
        tags: [],
        summary: '',
        sources: ['https://example.org'],
      },
    ],
    dodContractors: [
      {
        id: 'dod:palantir-usg-inc',
        companyId: 'palantir',
        name: 'Palantir Usg Inc',
        rank: 98,
        totalObligatedUSD: 2_531_821_064.45,
        contractCount: 135,
        topSubAgency: 'Department of the Army',
        period: 'FY2021–FY2026',
        yearly: [{ fiscalYear: 2021, amountUSD: 67_643_000 }],
        subAgencies: [{ name: 'Department of the Army', amountUSD: 1_719_518_611.63, share: 0.6792 }],
        sources: ['https://github.com/SayedOmarHashimi/defense-contracts-dashboard'],
      },
    ],
    reportedContracts: [],
    policeAgencies: [
      {
        id: 'ca-oakland-police-department',
        name: 'Oakland Police Department',
        city: 'Oakland',
        county: 'Alameda County',
        state: 'CA',
        kind: 'Police',
      },
      {
        id: 'ca-berkeley-police-department',
        name: 'Berkeley Police Department',
        city: 'Berkeley',
        county: 'Alameda County',
        state: 'CA',
        kind: 'Police',
      },
    ],
    parentLinks: [],
    policeRecords: [
      policeRecord(
        'aos:AOS1',
        'ca-oakland-police-department',
        ['palantir'],
        'Predictive Policing',
        '2016-05-01',
      ),
      policeRecord('aos:AOS2', 'ca-oakland-police-department', [], 'Drones', '2019'),
      policeRecord('aos:AOS3', 'ca-berkeley-police-department', ['palantir'], 'Face Recognition', null),
    ],
  });
}

function policeRecord(
  id: string,
  agencyId: string,
  companyIds: string[],
  technology: string,
  date: string | null,
): Dataset['policeRecords'][number] {
  return filledPoliceRecord({
    id,
    agencyId,
    companyIds,
    vendor: companyIds.length ? 'Palantir' : '',
    technology,
    date,
    sources: ['https://example.org/police'],
  });
}

const report = {
  id: 'r1',
  companyId: 'palantir',
  companyName: 'Palantir',
  kind: 'contract' as const,
  date: '2025-01-01',
  description: 'A new order.',
  sourceUrl: 'https://example.org/',
  createdAt: '2026-01-01T00:00:00.000Z',
};

beforeEach(async () => {
  indexedDB.deleteDatabase(DB_NAME);
});

describe('database', () => {
  it('loads a dataset once per version and answers summaries from indexes', async () => {
    const db = await openDatabase();
    expect(await loadDataset(db, dataset('v1', 10))).toBe(true);
    expect(await loadDataset(db, dataset('v1', 10))).toBe(false);
    expect(await loadedDatasetVersion(db)).toBe('v1');
    const summary = await companySummary(db, 'palantir');
    expect(summary.notable.map((n) => [n.kind, n.sources[0]])).toEqual([
      ['award', 'https://www.usaspending.gov/award/CONT_AWD_A'],
      ['dod', 'https://github.com/SayedOmarHashimi/defense-contracts-dashboard'],
    ]);
    expect({ ...summary, notable: undefined }).toEqual({
      notable: undefined,
      id: 'palantir',
      name: 'Palantir',
      awardCount: 1,
      obligatedByAgency: { ICE: 10 },
      actionCount: 1,
      actionsByOwnWorkers: 1,
      dodObligatedUSD: 2_531_821_064.45,
      reportedContractCount: 0,
      police: {
        records: 2,
        agencies: 2,
        technologies: [
          { technology: 'Face Recognition', agencies: 1 },
          { technology: 'Predictive Policing', agencies: 1 },
        ],
        states: [{ state: 'CA', agencies: 2 }],
        firstYear: '2016',
        lastYear: '2016',
        datasets: ['atlas'],
      },
      parent: null,
      units: [],
      owners: [],
    });
    expect((await datasetInfo(db))?.counts).toEqual({
      companies: 1,
      awards: 1,
      actions: 1,
      dodContractors: 1,
      reportedContracts: 0,
      policeRecords: 3,
      policeAgencies: 2,
      // company:palantir, state:CA and the agency list
      policeGroups: 3,
    });
    db.close();
  });
  it('reads police records by company, and by agency for the search by place', async () => {
    const db = await openDatabase();
    await loadDataset(db, dataset('v1', 10));
    expect((await companyDetails(db, 'palantir')).police?.records).toBe(2);
    const list = await policeList(db, 'palantir', FIRST_POLICE_QUERY);
    expect(list.total).toBe(2);
    expect(list.rows.map((r) => [r.record.id, r.agency?.name])).toEqual([
      ['aos:AOS3', 'Berkeley Police Department'],
      ['aos:AOS1', 'Oakland Police Department'],
    ]);
    const first = await policeList(db, 'palantir', { ...FIRST_POLICE_QUERY, sort: 'date', limit: 1 });
    expect([first.total, first.rows.length]).toEqual([2, 1]);
    expect(await policeList(db, 'palantir', { ...FIRST_POLICE_QUERY, state: 'TX' })).toEqual({
      total: 0,
      rows: [],
      common: null,
    });
    expect((await policeList(db, 'no-such-company', FIRST_POLICE_QUERY)).total).toBe(0);
    expect((await listAgencies(db)).map((a) => a.name)).toEqual([
      'Oakland Police Department',
      'Berkeley Police Department',
    ]);
    const oakland = await agencyRecords(db, ['ca-oakland-police-department']);
    expect(oakland.records.map((r) => r.id)).toEqual(['aos:AOS1', 'aos:AOS2']);
    expect(oakland.agencies.map((a) => a.name)).toEqual(['Oakland Police Department']);
    expect(oakland.companies).toEqual([{ id: 'palantir', name: 'Palantir' }]);
    expect((await agencyRecords(db, ['zz-nowhere'])).records).toEqual([]);
    db.close();
  });
  it('keeps user reports through a dataset upgrade', async () => {
    const db = await openDatabase();
    await loadDataset(db, dataset('v1', 10));
    await saveReport(db, report);
    await loadDataset(db, dataset('v2', 99));
    const details = await companyDetails(db, 'palantir');
    expect(details.reports).toEqual([report]);
    expect(details.awards[0]?.obligatedUSD).toBe(99);
    db.close();
  });
  it('reads what a newly loaded dataset means, not what the one before meant', async () => {
    const db = await openDatabase();
    await loadDataset(db, dataset('v1', 10));
    expect((await companyDetails(db, 'palantir')).awards[0]?.recipientName).toBe(
      'PALANTIR TECHNOLOGIES INC.',
    );
    expect((await listAgencies(db)).map((a) => a.name)).toContain('Oakland Police Department');
    const next = dataset('v2', 10);
    next.awards.dictionaries.recipientName = ['PALANTIR USG INC.'];
    next.policeAgencies = next.policeAgencies.map((a) => ({ ...a, name: `${a.name} (renamed)` }));
    await loadDataset(db, next);
    expect((await companyDetails(db, 'palantir')).awards[0]?.recipientName).toBe('PALANTIR USG INC.');
    expect((await listAgencies(db)).map((a) => a.name)).toContain('Oakland Police Department (renamed)');
    db.close();
  });
  it('lists, imports without overwriting a stored report, and deletes reports', async () => {
    const db = await openDatabase();
    await loadDataset(db, dataset('v1', 10));
    await saveReport(db, report);
    const other = { ...report, id: 'r2', companyId: '', companyName: 'Acme Drones' };
    expect(await importReports(db, [{ ...report, description: 'Edited elsewhere.' }, other])).toEqual({
      imported: 1,
      skipped: 1,
    });
    expect((await listReports(db)).map((r) => [r.id, r.description])).toEqual([
      ['r1', 'A new order.'],
      ['r2', 'A new order.'],
    ]);
    expect(await companyNameOf(db, 'palantir')).toBe('Palantir');
    expect(await companyNameOf(db, 'nobody')).toBeUndefined();
    await deleteReport(db, 'r1');
    expect((await listReports(db)).map((r) => r.id)).toEqual(['r2']);
    db.close();
  });
  it('tells a damaged dataset from an intact one, and reloads it keeping the reports', async () => {
    const db = await openDatabase();
    expect(await datasetIntact(db)).toBe(false);
    await loadDataset(db, dataset('v1', 10));
    await saveReport(db, report);
    expect(await datasetIntact(db)).toBe(true);
    // The stores emptied, the version record kept: every company would read "unknown".
    await db.clear('buckets');
    expect(await datasetIntact(db)).toBe(false);
    expect(await loadDataset(db, dataset('v1', 10))).toBe(false);
    expect(await loadDataset(db, dataset('v1', 10), performance.now(), true)).toBe(true);
    expect(await datasetIntact(db)).toBe(true);
    expect((await companySummary(db, 'palantir')).awardCount).toBe(1);
    expect(await listReports(db)).toEqual([report]);
    await db.clear('directory');
    expect(await datasetIntact(db)).toBe(false);
    await loadDataset(db, dataset('v1', 10), performance.now(), true);
    await db.clear('tables');
    expect(await datasetIntact(db)).toBe(false);
    db.close();
  });
  it('spreads companies over buckets by a stable hash', () => {
    expect(bucketOf('palantir')).toBe(bucketOf('palantir'));
    const used = new Set(Array.from({ length: 2000 }, (_, i) => bucketOf(`company-${i}`)));
    expect(used.size).toBe(BUCKETS);
  });

  it('refuses unknown companies with a clear error', async () => {
    const db = await openDatabase();
    await loadDataset(db, dataset('v1', 10));
    await expect(companySummary(db, 'nobody')).rejects.toThrow('unknown company "nobody"');
    await expect(companySummary(db, 'constructor')).rejects.toThrow('unknown company "constructor"');
    expect(await listCompanies(db)).toEqual([{ id: 'palantir', name: 'Palantir' }]);
    db.close();
  });
});
