import { describe, expect, it } from 'vitest';
import { recipientKey } from './names';

describe('recipientKey', () => {
  it('drops punctuation and legal suffixes', () => {
    expect(recipientKey('PALANTIR TECHNOLOGIES INC.')).toBe('PALANTIR TECHNOLOGIES');
    expect(recipientKey('Palantir Technologies')).toBe('PALANTIR TECHNOLOGIES');
    expect(recipientKey('AMAZON WEB SERVICES, INC.')).toBe('AMAZON WEB SERVICES');
    expect(recipientKey('INTERNATIONAL BUSINESS MACHINES CORPORATION')).toBe(
      'INTERNATIONAL BUSINESS MACHINES',
    );
  });
  it('strips stacked suffixes but never the whole name', () => {
    expect(recipientKey('Acme Co., L.L.C.')).toBe('ACME');
    expect(recipientKey('Inc.')).toBe('INC');
  });
  it('keeps joint ventures and ampersands distinguishable', () => {
    expect(recipientKey('C & C International Computers & Consultants, Inc.')).toBe(
      'C AND C INTERNATIONAL COMPUTERS AND CONSULTANTS',
    );
    expect(recipientKey('Amazon.com')).toBe('AMAZON COM');
  });
});
