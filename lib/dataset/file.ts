// data/dataset.json as written by the build and read by the background: the large
// collections (companies, awards) as column tables, the rest as plain arrays. Decoding is
// followed by full validation of every record.
import {
  parseDataset,
  type Award,
  type Company,
  type Dataset,
  type PoliceAgency,
  type PoliceRecord,
} from './schema';
import { decodeTable, encodeTable } from './table';

const AWARD_DICTIONARY_COLUMNS = [
  'companyId',
  'recipientName',
  'agency',
  'productOrService',
  'naics',
  'dataset',
] as const;

export function encodeDatasetFile(dataset: Dataset): Record<string, unknown> {
  return {
    meta: dataset.meta,
    companies: encodeTable<Company>(dataset.companies, []),
    awards: encodeTable<Award>(dataset.awards, AWARD_DICTIONARY_COLUMNS),
    actions: dataset.actions,
    dodContractors: dataset.dodContractors,
    reportedContracts: dataset.reportedContracts,
    policeAgencies: encodeTable<PoliceAgency>(dataset.policeAgencies, ['state', 'kind', 'county']),
    policeRecords: encodeTable<PoliceRecord>(dataset.policeRecords, ['vendor', 'technology', 'dataset']),
    parentLinks: dataset.parentLinks,
  };
}

/** Decodes and validates; a malformed file throws an error naming what is wrong. */
export function decodeDatasetFile(raw: unknown): Dataset {
  if (!raw || typeof raw !== 'object') throw new Error('Invalid dataset: not a JSON object');
  const file = raw as Record<string, unknown>;
  return parseDataset({
    ...file,
    companies: decodeTable(file.companies, 'companies'),
    awards: decodeTable(file.awards, 'awards'),
    policeAgencies: decodeTable(file.policeAgencies, 'policeAgencies'),
    policeRecords: decodeTable(file.policeRecords, 'policeRecords'),
  });
}
