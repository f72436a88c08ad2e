import { describe, expect, it } from 'vitest';
import { formatCount, formatDate, formatUSD, sourceLabel } from './format';

describe('format', () => {
  it('formats money compactly but keeps small sums exact', () => {
    expect(formatUSD(150_703_824.61)).toBe('$150.7M');
    expect(formatUSD(9_999)).toBe('$9,999');
    expect(formatUSD(-13_343.05)).toBe('-$13.3K');
  });
  it('formats counts, dates and source hosts', () => {
    expect(formatCount(1, 'contract', 'contracts')).toBe('1 contract');
    expect(formatCount(1200, 'contract', 'contracts')).toBe('1,200 contracts');
    expect(formatDate('2018-06-21')).toBe('21 Jun 2018');
    expect(formatDate('nonsense')).toBe('nonsense');
    expect(sourceLabel('https://www.usaspending.gov/award/X')).toBe('usaspending.gov');
  });
});
