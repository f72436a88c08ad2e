import { describe, expect, it } from 'vitest';
import { amountSpellings, statesAmount, statesCount, statesName, statesYear } from './evidence';

describe('statesAmount', () => {
  it('reads an amount in any of the usual spellings', () => {
    expect(amountSpellings(9e9)).toEqual(
      expect.arrayContaining(['$9 billion'.slice(1), '9b', '9,000,000,000']),
    );
    expect(statesAmount(['a contract worth $9 billion'], 9e9)).toBe(true);
    expect(statesAmount(['the $9B JWCC deal'], 9e9)).toBe(true);
    expect(statesAmount(['ceiling of $9,000,000,000'], 9e9)).toBe(true);
    expect(statesAmount(['$1.2 billion Project Nimbus'], 1.2e9)).toBe(true);
    expect(statesAmount(['a $297 million contract'], 297e6)).toBe(true);
    expect(statesAmount(['worth $30 million'], 30e6)).toBe(true);
  });

  it('does not take a longer number for it', () => {
    expect(statesAmount(['$19 billion in all'], 9e9)).toBe(false);
    expect(statesAmount(['$9.5 billion'], 9e9)).toBe(false);
    expect(statesAmount(['no figure here'], 9e9)).toBe(false);
  });
});

describe('statesCount', () => {
  it('reads a worker count as digits, grouped or not, or as a word', () => {
    expect(statesCount(['more than 1,500 employees signed'], 1500)).toBe(true);
    expect(statesCount(['1500 employees'], 1500)).toBe(true);
    expect(statesCount(['nine workers were arrested'], 9)).toBe(true);
    expect(statesCount(['19 were in favor'], 9)).toBe(false);
  });
});

describe('statesYear and statesName', () => {
  it('finds the year in an excerpt or a dated address, and the company by any of its names', () => {
    expect(statesYear(['On May 23, 2022, workers voted'], [], '2022')).toBe(true);
    expect(statesYear(['workers voted'], ['https://example.org/2024/04/16/sit-in'], '2024')).toBe(true);
    expect(statesYear(['in 20222'], [], '2022')).toBe(false);
    expect(statesName(['Google’s cloud'], ['Alphabet', 'Google'])).toBe(true);
    expect(statesName(['the company'], ['Google'])).toBe(false);
  });
});
