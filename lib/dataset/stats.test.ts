import { describe, expect, it } from 'vitest';
import type { AliasFile, Dataset } from './schema';
import { datasetDateRange, datasetStats } from './stats';
import { policeRecord } from '../../tests/support/police-record';

describe('datasetStats', () => {
  it('counts records and distinct sources, and sums obligations', () => {
    const award = {
      companyId: 'ibm',
      recipientName: 'IBM',
      agency: 'ICE' as const,
      awardId: 'A',
      generatedAwardId: 'CONT_AWD_A',
      obligatedUSD: 10.4,
      firstActionDate: '2021-01-01',
      lastActionDate: '2021-01-01',
      productOrService: '',
      naics: '',
      description: '',
      dataset: 'usaspending' as const,
    };
    const dataset: Dataset = {
      meta: { version: 'v', caveats: [], credits: [] },
      companies: [{ id: 'ibm', name: 'IBM', recipientNames: [], domains: [] }],
      awards: [award, { ...award, awardId: 'B', generatedAwardId: 'CONT_AWD_B', obligatedUSD: 5.3 }],
      actions: [
        {
          id: 'cat:1',
          companyIds: ['ibm'],
          date: '2020-01-01',
          kinds: [],
          struggles: [],
          workers: null,
          tags: [],
          summary: '',
          sources: ['https://www.usaspending.gov/award/CONT_AWD_A'],
        },
      ],
      dodContractors: [],
      reportedContracts: [],
      policeAgencies: [],
      parentLinks: [],
      policeRecords: [
        policeRecord({
          id: 'aos:1',
          agencyId: 'ca-a',
          companyIds: ['ibm'],
          vendor: 'IBM',
          technology: 'Drones',
          sources: ['https://p.example/'],
        }),
        policeRecord({
          id: 'aos:2',
          agencyId: 'ca-a',
          technology: 'Drones',
          sources: ['https://p.example/'],
        }),
      ],
    };
    const aliases: AliasFile = {
      version: 'v',
      companies: {},
      aliases: [{ text: 'IBM', companyId: 'ibm', ambiguous: false }],
    };
    expect(datasetStats(dataset, aliases)).toEqual({
      companies: 1,
      aliases: 1,
      awards: 2,
      reportedContracts: 0,
      dodContractors: 0,
      actions: 1,
      sources: 3,
      obligatedUSD: 16,
      policeRecords: 2,
      policeAgencies: 1,
      policeVendors: 1,
      parentLinks: 0,
      latestActionDate: '2020-01-01',
    });
  });
});

describe('datasetDateRange', () => {
  it('spans every award date and action date, and is null for an empty dataset', () => {
    const award = (first: string | null, last: string | null) =>
      ({ firstActionDate: first, lastActionDate: last }) as Dataset['awards'][number];
    expect(
      datasetDateRange({
        awards: [award('2019-03-01', '2021-05-02'), award(null, null)],
        actions: [{ date: '2018-06-21' } as Dataset['actions'][number]],
      }),
    ).toEqual({ from: '2018-06-21', to: '2021-05-02' });
    expect(datasetDateRange({ awards: [], actions: [] })).toBeNull();
  });
});
