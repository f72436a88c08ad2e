import { describe, expect, it } from 'vitest';
import { awardRowReader, encodeAwards } from './award-rows';
import type { Award } from './schema';

const award = (companyId: string, obligatedUSD: number, firstActionDate: string | null): Award => ({
  companyId,
  recipientName: companyId.toUpperCase(),
  agency: 'ICE',
  awardId: `A-${companyId}-${obligatedUSD}`,
  generatedAwardId: null,
  obligatedUSD,
  firstActionDate,
  lastActionDate: null,
  productOrService: 'Databases',
  naics: 'IT',
  description: 'Case management',
  dataset: 'usaspending',
});

describe('award rows', () => {
  const awards = [award('ibm', 5, '2019-02-01'), award('palantir', 7, null)];
  const table = JSON.parse(JSON.stringify(encodeAwards(awards))) as ReturnType<typeof encodeAwards>;
  const reader = awardRowReader(table);

  it('reads fields out of rows without decoding them', () => {
    const [ibm, palantir] = table.rows;
    expect(reader.companyId(ibm!)).toBe('ibm');
    expect(reader.agency(palantir!)).toBe('ICE');
    expect(reader.obligatedUSD(palantir!)).toBe(7);
    expect(reader.firstActionDate(ibm!)).toBe('2019-02-01');
    expect(reader.firstActionDate(palantir!)).toBeNull();
    expect(reader.awardId(ibm!)).toBe('A-ibm-5');
  });

  it('decodes any subset of rows back into the awards', () => {
    expect(reader.decode(table.rows)).toEqual(awards);
    expect(reader.decode([table.rows[1]!])).toEqual([awards[1]]);
  });

  it('refuses a table that lacks a column the load needs', () => {
    expect(() => awardRowReader({ columns: ['awardId'], dictionaries: {} })).toThrow(
      'awards: no "companyId" column',
    );
  });
});
