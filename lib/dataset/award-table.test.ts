import { describe, expect, it } from 'vitest';
import { filterAwards, obligationsByFiscalYear, sortAwards } from './award-table';
import type { Award, DodContractor } from './schema';

const award = (
  awardId: string,
  agency: Award['agency'],
  obligatedUSD: number,
  first: string | null,
  last = first,
): Award => ({
  companyId: 'x',
  recipientName: 'X',
  agency,
  awardId,
  generatedAwardId: null,
  obligatedUSD,
  firstActionDate: first,
  lastActionDate: last,
  productOrService: '',
  naics: '',
  description: '',
  dataset: 'usaspending',
});
const awards = [
  award('a', 'ICE', 100, '2020-10-01', '2022-01-05'),
  award('b', 'CBP', 300, '2021-09-30'),
  award('c', 'ICE', 300, '2023-02-01'),
  award('d', 'ICE', 50, null),
];

describe('sortAwards and filterAwards', () => {
  it('sorts by amount or date, either way, ties by award id', () => {
    expect(sortAwards(awards, 'amount').map((a) => a.awardId)).toEqual(['b', 'c', 'a', 'd']);
    expect(sortAwards(awards, 'amount', true).map((a) => a.awardId)).toEqual(['d', 'a', 'b', 'c']);
    expect(sortAwards(awards, 'date').map((a) => a.awardId)).toEqual(['c', 'a', 'b', 'd']);
  });
  it('keeps one agency or all', () => {
    expect(filterAwards(awards, 'CBP').map((a) => a.awardId)).toEqual(['b']);
    expect(filterAwards(awards, 'all')).toHaveLength(4);
  });
});

it('sums obligations by fiscal year and agency, with the Pentagon by its own years', () => {
  const dod = [{ yearly: [{ fiscalYear: 2021, amountUSD: 1000 }] }] as DodContractor[];
  const { bars, undated } = obligationsByFiscalYear(awards, dod);
  expect(undated).toBe(1);
  expect(bars).toEqual([
    { fiscalYear: 2021, byAgency: { ICE: 100, CBP: 300, DoD: 1000 }, total: 1400 },
    { fiscalYear: 2023, byAgency: { ICE: 300, CBP: 0, DoD: 0 }, total: 300 },
  ]);
});
