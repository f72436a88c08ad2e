// Police records and agencies in the compact column form of table.ts, as the background
// stores them: the records of a big vendor (Amazon's 1,500 Ring rows) are a fraction of the
// size as objects, so they are quicker to write and read.
// Lists inside a record (sources, companies) travel as one space-separated string, which the
// dictionary then stores once however many rows repeat it. Pure.
import type { PoliceAgency, PoliceRecord } from './schema';
import { decodeTable, encodeTable, type Table } from './table';

export interface PoliceTables {
  agencies: Table;
  records: Table;
}

type StoredRecord = Omit<PoliceRecord, 'sources' | 'companyIds'> & { sources: string; companyIds: string };

export function encodePoliceTables(
  records: readonly PoliceRecord[],
  agencies: readonly PoliceAgency[],
): PoliceTables {
  const stored: StoredRecord[] = records.map((r) => ({
    ...r,
    // URLs and company ids hold no spaces: the schema and the id pattern see to it.
    sources: r.sources.join(' '),
    companyIds: r.companyIds.join(' '),
  }));
  return {
    records: encodeTable<StoredRecord>(stored, ['vendor', 'technology', 'dataset', 'sources', 'companyIds']),
    agencies: encodePoliceAgencies(agencies),
  };
}

function encodePoliceAgencies(agencies: readonly PoliceAgency[]): Table {
  return encodeTable<PoliceAgency>(agencies, ['state', 'kind', 'county']);
}

/** Decodes what `encodePoliceTables` wrote (data validated when it was loaded). */
export function decodePoliceTables(tables: PoliceTables): {
  records: PoliceRecord[];
  agencies: PoliceAgency[];
} {
  const split = (text: unknown): string[] => (typeof text === 'string' && text !== '' ? text.split(' ') : []);
  return {
    records: decodeTable(tables.records, 'police records').map(
      (r) =>
        ({ ...r, sources: split(r.sources), companyIds: split(r.companyIds) }) as unknown as PoliceRecord,
    ),
    agencies: decodeTable(tables.agencies, 'police agencies') as unknown as PoliceAgency[],
  };
}
