// Awards as the background stores them: the rows of the dataset file's award table, each
// company's rows in its own record, and the table's columns and dictionaries stored once.
// Decoded into objects only for the one company a view shows: the rows are less than half
// the bytes of the objects, and bytes are what an IndexedDB write costs (docs/performance.md).
// Pure.
import { awardSchema, type Award } from './schema';
import { decodeTable, encodeTable, type Table } from './table';

/** The award columns whose values repeat, stored as indexes into a dictionary. */
export const AWARD_DICTIONARY_COLUMNS = [
  'companyId',
  'recipientName',
  'agency',
  'productOrService',
  'naics',
  'dataset',
] as const;

export type AwardRow = readonly unknown[];
/** A table without its rows: what a row's cells mean. */
export type AwardColumns = Omit<Table, 'rows'>;

/** The award table, with every column of the schema even when there are no awards. */
export function encodeAwards(awards: readonly Award[]): Table {
  return encodeTable<Award>(awards, AWARD_DICTIONARY_COLUMNS, Object.keys(awardSchema.entries));
}

/** Reads the fields a load needs straight from rows of a table with `head`, and decodes rows. */
export function awardRowReader(head: AwardColumns) {
  const field = <K extends keyof Award>(name: K) => {
    const index = head.columns.indexOf(name);
    if (index < 0) throw new Error(`awards: no "${name}" column`);
    const dictionary = head.dictionaries[name];
    return dictionary
      ? (row: AwardRow) => dictionary[row[index] as number] as Award[K]
      : (row: AwardRow) => row[index] as Award[K];
  };
  return {
    companyId: field('companyId'),
    awardId: field('awardId'),
    agency: field('agency'),
    obligatedUSD: field('obligatedUSD'),
    firstActionDate: field('firstActionDate'),
    lastActionDate: field('lastActionDate'),
    decode: (rows: readonly AwardRow[]): Award[] =>
      decodeTable({ ...head, rows }, 'awards') as unknown as Award[],
  };
}

export type AwardRowReader = ReturnType<typeof awardRowReader>;
