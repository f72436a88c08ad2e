// data/dataset.json as written by the build and read by the background: the large
// collections (companies, awards, police records and agencies) as column tables, the rest as
// plain arrays. Decoding is followed by full validation of every record, except for the
// packaged file the build validated (see `decodeDatasetFileToLoad`).
import { parseDataset, type Company, type Dataset, type PoliceAgency, type PoliceRecord } from './schema';
import { encodeAwards } from './award-rows';
import { decodeTable, encodeTable, type Table } from './table';

/** A dataset as the background loads it: its awards kept as the file's table (award-rows.ts). */
export type DatasetToLoad = Omit<Dataset, 'awards'> & { awards: Table };

export function encodeDatasetFile(dataset: Dataset): Record<string, unknown> {
  return {
    meta: dataset.meta,
    companies: encodeTable<Company>(dataset.companies, []),
    awards: encodeAwards(dataset.awards),
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
  return parseDataset(decodeTables(raw, { awards: true }));
}

/** A dataset held as objects, with its awards as the file holds them. */
export function datasetToLoad(dataset: Dataset): DatasetToLoad {
  return { ...dataset, awards: encodeAwards(dataset.awards) };
}

/**
 * The file's dataset for loading, its award table as it is. Validated in full unless
 * `validated`, which only the packaged file is, when its bytes are the ones the extension's
 * build validated (their SHA-256 is in dataset-version.json): checking 25,000 awards again
 * was a third of the first load in Chromium. A dataset update is always validated.
 */
export function decodeDatasetFileToLoad(raw: unknown, { validated }: { validated: boolean }): DatasetToLoad {
  const checked = validated ? undefined : decodeDatasetFile(raw);
  const file = raw as Record<string, unknown>;
  const awards = file.awards as Table;
  if (checked) return { ...checked, awards };
  return { ...decodeTables(raw, { awards: false }), awards } as unknown as DatasetToLoad;
}

function decodeTables(raw: unknown, decode: { awards: boolean }): Record<string, unknown> {
  if (!raw || typeof raw !== 'object') throw new Error('Invalid dataset: not a JSON object');
  const file = raw as Record<string, unknown>;
  return {
    ...file,
    companies: decodeTable(file.companies, 'companies'),
    awards: decode.awards ? decodeTable(file.awards, 'awards') : file.awards,
    policeAgencies: decodeTable(file.policeAgencies, 'policeAgencies'),
    policeRecords: decodeTable(file.policeRecords, 'policeRecords'),
  };
}
