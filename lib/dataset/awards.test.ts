import { describe, expect, it } from 'vitest';
import { aggregateTransactions, dedupeTransactions, tornApartAwards, type TransactionRow } from './awards';

const row = (over: Partial<TransactionRow>): TransactionRow => ({
  agency: 'ICE',
  awardId: '70CTD019C00000001',
  recipientName: 'PALANTIR TECHNOLOGIES INC.',
  obligation: 0,
  actionDate: '2021-01-01',
  modification: 'P00001',
  productOrService: 'IT',
  naics: 'SOFTWARE PUBLISHERS',
  description: '',
  generatedAwardId: 'CONT_AWD_X',
  ...over,
});

describe('aggregateTransactions', () => {
  it('sums obligations and spans dates per award', () => {
    const awards = aggregateTransactions(
      [
        row({ obligation: 10.105, actionDate: '2021-05-04', description: 'LATER' }),
        row({ obligation: 5, actionDate: '2020-11-27', modification: '0', description: 'FALCON O&M' }),
        row({ obligation: -2, actionDate: '2022-03-25' }),
      ],
      () => 'palantir',
    );
    expect(awards).toHaveLength(1);
    expect(awards[0]).toMatchObject({
      generatedAwardId: 'CONT_AWD_X',
      companyId: 'palantir',
      obligatedUSD: 13.11,
      firstActionDate: '2020-11-27',
      lastActionDate: '2022-03-25',
      description: 'FALCON O&M',
      dataset: 'usaspending',
    });
  });
  it('skips awards of recipients that resolve to no company', () => {
    expect(aggregateTransactions([row({})], () => undefined)).toEqual([]);
  });
  it('drops a transaction fetched twice', () => {
    expect(
      dedupeTransactions([row({ obligation: 1 }), row({ obligation: 1 }), row({ obligation: 2 })]),
    ).toHaveLength(2);
  });
});

describe('tornApartAwards', () => {
  it('keeps the Generated Award ID when the USAspending file has the award', () => {
    const [award] = tornApartAwards(
      [
        {
          awardId: 'HSCETC15C00001',
          recipientName: 'Palantir Technologies',
          parentName: 'Palantir Technologies',
          currentTotalValue: 39340900.82,
          naics: 'Software Licenses',
          productOrService: 'IT',
          description: 'Falcon O&M',
        },
      ],
      () => 'palantir',
      new Map([['HSCETC15C00001', 'CONT_AWD_HSCETC15C00001_7012_-NONE-_-NONE-']]),
    );
    expect(award).toMatchObject({
      generatedAwardId: 'CONT_AWD_HSCETC15C00001_7012_-NONE-_-NONE-',
      dataset: 'torn-apart',
      obligatedUSD: 39340900.82,
    });
  });
});
