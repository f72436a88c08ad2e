import { describe, expect, it } from 'vitest';
import { decodeDatasetFile, encodeDatasetFile } from './file';
import type { Dataset } from './schema';

const dataset: Dataset = {
  meta: { version: 'v1', caveats: [], credits: [] },
  companies: [{ id: 'ibm', name: 'IBM', recipientNames: ['IBM'], domains: ['ibm.com'] }],
  awards: [
    {
      companyId: 'ibm',
      recipientName: 'IBM',
      agency: 'ICE',
      awardId: 'HSCETC09J00016',
      generatedAwardId: null,
      obligatedUSD: 23_682_735.99,
      firstActionDate: null,
      lastActionDate: null,
      productOrService: 'Databases',
      naics: 'IT',
      description: 'Automated Threat Prioritization',
      dataset: 'torn-apart',
    },
  ],
  actions: [],
  dodContractors: [],
  reportedContracts: [],
  policeAgencies: [],
  parentLinks: [],
  policeRecords: [],
};

describe('dataset file', () => {
  it('round-trips through JSON', () => {
    expect(decodeDatasetFile(JSON.parse(JSON.stringify(encodeDatasetFile(dataset))))).toEqual(dataset);
  });
  it('refuses a file whose records do not validate, naming the field', () => {
    const file = encodeDatasetFile(dataset) as { awards: { rows: unknown[][] } };
    file.awards.rows[0]![3] = 42; // awardId must be a string
    expect(() => decodeDatasetFile(file)).toThrow(/Invalid dataset: awards\.0\.awardId/);
    expect(() => decodeDatasetFile('nonsense')).toThrow(/not a JSON object/);
  });
});
