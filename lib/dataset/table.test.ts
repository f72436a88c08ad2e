import { describe, expect, it } from 'vitest';
import { decodeTable, encodeTable } from './table';

const records = [
  { id: 'a', agency: 'ICE', amount: 1.5, tags: ['x'] },
  { id: 'b', agency: 'CBP', amount: -2, tags: [] },
  { id: 'c', agency: 'ICE', amount: 0, tags: ['y', 'z'] },
];

describe('table codec', () => {
  it('round-trips records and stores repeated strings once', () => {
    const table = encodeTable(records, ['agency']);
    expect(table.dictionaries).toEqual({ agency: ['CBP', 'ICE'] });
    expect(table.rows[0]).toEqual(['a', 1, 1.5, ['x']]);
    expect(decodeTable(JSON.parse(JSON.stringify(table)), 'awards')).toEqual(records);
  });
  it('refuses a dictionary column that holds something other than strings', () => {
    expect(() => encodeTable(records, ['amount'] as never)).toThrow(/not a string/);
  });
  it('says where a malformed table is wrong', () => {
    const table = encodeTable(records, ['agency']);
    expect(() => decodeTable({ ...table, rows: [['a', 1]] }, 'awards')).toThrow(
      'awards: row 0 has 2 cells, expected 4',
    );
    expect(() => decodeTable({ ...table, rows: [['a', 9, 0, []]] }, 'awards')).toThrow(
      /column "agency": 9 is not in its dictionary/,
    );
    expect(() => decodeTable(null, 'awards')).toThrow('awards: not a table');
    expect(() => decodeTable({ columns: 'x' }, 'awards')).toThrow('awards: bad columns');
  });
});
