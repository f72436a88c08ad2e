// A compact file form for large collections: column names once, one row per record, and
// columns of often-repeated strings stored as indexes into a dictionary. Decoding gives the
// plain records back, which are then validated like any others. Pure.

export interface Table {
  columns: string[];
  /** Column name → its distinct values, for dictionary-encoded columns. */
  dictionaries: Record<string, string[]>;
  rows: unknown[][];
}

/**
 * Encodes `records`; `dictionaryColumns` must hold strings (or null) in every record. The
 * columns are the records' keys, or `columns` where a table must have them with no records.
 */
export function encodeTable<T extends object>(
  records: readonly T[],
  dictionaryColumns: readonly (keyof T & string)[],
  columns: readonly string[] = [...new Set(records.flatMap((r) => Object.keys(r)))],
): Table {
  const dictionaries: Record<string, string[]> = {};
  const indexes = new Map<string, Map<unknown, number>>();
  for (const column of dictionaryColumns) {
    const values = [...new Set(records.map((r) => (r as Record<string, unknown>)[column]))];
    if (values.some((v) => typeof v !== 'string'))
      throw new Error(`column "${column}" has a value that is not a string`);
    const sorted = (values as string[]).sort();
    dictionaries[column] = sorted;
    indexes.set(column, new Map(sorted.map((value, i) => [value, i])));
  }
  // Looked up once per column, not per cell: the background encodes 12,000 police rows at a load.
  const lookups = columns.map((column) => indexes.get(column));
  const rows = records.map((record) => {
    const row = new Array<unknown>(columns.length);
    for (let c = 0; c < columns.length; c++) {
      const value = (record as Record<string, unknown>)[columns[c]!];
      const lookup = lookups[c];
      row[c] = lookup ? lookup.get(value) : value;
    }
    return row;
  });
  return { columns: [...columns], dictionaries, rows };
}

/** Decodes a table; anything malformed throws an error that says where. */
export function decodeTable(table: unknown, what: string): Record<string, unknown>[] {
  if (!table || typeof table !== 'object') throw new Error(`${what}: not a table`);
  const { columns, dictionaries, rows } = table as Partial<Table>;
  if (!Array.isArray(columns) || !columns.every((c) => typeof c === 'string'))
    throw new Error(`${what}: bad columns`);
  if (!dictionaries || typeof dictionaries !== 'object') throw new Error(`${what}: bad dictionaries`);
  if (!Array.isArray(rows)) throw new Error(`${what}: rows missing`);
  const lookups = columns.map((column) => {
    const dictionary = dictionaries[column];
    if (dictionary !== undefined && !Array.isArray(dictionary))
      throw new Error(`${what}: bad dictionary for "${column}"`);
    return dictionary;
  });
  return rows.map((row, r) => {
    if (!Array.isArray(row) || row.length !== columns.length) {
      throw new Error(
        `${what}: row ${r} has ${Array.isArray(row) ? row.length : 'no'} cells, expected ${columns.length}`,
      );
    }
    const record: Record<string, unknown> = {};
    for (let c = 0; c < columns.length; c++) {
      const dictionary = lookups[c];
      const cell = row[c];
      if (dictionary) {
        if (typeof cell !== 'number' || !Number.isInteger(cell) || cell < 0 || cell >= dictionary.length) {
          throw new Error(
            `${what}: row ${r}, column "${columns[c]}": ${JSON.stringify(cell)} is not in its dictionary`,
          );
        }
        record[columns[c]!] = dictionary[cell];
      } else {
        record[columns[c]!] = cell;
      }
    }
    return record;
  });
}
