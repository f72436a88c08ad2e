import { describe, expect, it } from 'vitest';
import { AliasMatcher, type MatcherAlias } from './alias-matcher';

const alias = (text: string, companyId: string, ambiguous = false): MatcherAlias => ({
  text,
  companyId,
  ambiguous,
});
const matcher = new AliasMatcher([
  alias('Amazon', 'amazon', true),
  alias('Amazon Web Services', 'amazon'),
  alias('AWS', 'amazon'),
  alias('Palantir', 'palantir'),
  alias('Palantir Technologies', 'palantir'),
  alias('Amazon.com', 'amazon'),
  alias('IBM', 'ibm'),
]);
const found = (text: string) => matcher.findAll(text).map((m) => text.slice(m.start, m.end));

describe('AliasMatcher', () => {
  it('prefers the longest alias at the leftmost position', () => {
    expect(found('Amazon Web Services hosts Palantir Technologies.')).toEqual([
      'Amazon Web Services',
      'Palantir Technologies',
    ]);
    expect(found('Buy at Amazon.com today')).toEqual(['Amazon.com']);
  });
  it('falls back to a shorter alias when the longer one is cut off', () => {
    expect(found('Amazon Web is not a name')).toEqual(['Amazon']);
  });
  it('respects word boundaries in every script', () => {
    expect(found('Amazonians and AWSome and IBMer')).toEqual([]);
    expect(found('xPalantir Palantiré éPalantir')).toEqual([]);
    expect(found("(IBM), IBM’s and Amazon's")).toEqual(['IBM', 'IBM', 'Amazon']);
  });
  it('is case-sensitive', () => {
    expect(found('amazon ibm PALANTIR')).toEqual([]);
  });
  it('matches names broken by a line, a non-breaking space or a soft hyphen', () => {
    expect(found('Amazon\n   Web\u00a0Services')).toEqual(['Amazon\n   Web\u00a0Services']);
    expect(found('Palan\u00adtir')).toEqual(['Palan\u00adtir']);
  });
  it('reports offsets into the original text', () => {
    const [match] = matcher.findAll('Ask IBM.');
    expect(match).toMatchObject({ start: 4, end: 7, alias: { companyId: 'ibm' } });
  });
});
