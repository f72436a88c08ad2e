import { describe, expect, it } from 'vitest';
import { matchingAward, programWords, sameReportedContract } from './hand-collected';
import type { Award, ReportedContract } from './schema';

const award = (over: Partial<Award>): Award => ({
  companyId: 'palantir',
  recipientName: 'PALANTIR TECHNOLOGIES INC.',
  agency: 'ICE',
  awardId: 'A1',
  generatedAwardId: 'G_A1',
  obligatedUSD: 100_000_000,
  firstActionDate: '2022-09-01',
  lastActionDate: '2026-04-02',
  productOrService: '',
  naics: '',
  description: 'INVESTIGATIVE CASE MANAGEMENT SUPPORT',
  dataset: 'usaspending',
  ...over,
});
const contract = (over: Partial<ReportedContract>): ReportedContract => ({
  id: 'rc-1',
  companyId: 'palantir',
  customer: 'U.S. Immigration and Customs Enforcement (ICE)',
  program: 'ImmigrationOS (Immigration Lifecycle Operating System)',
  category: 'immigration',
  year: '2025',
  amountUSD: 30_000_000,
  summary: '',
  sources: ['https://news.example/a'],
  ...over,
});

describe('matchingAward', () => {
  it('finds a contract reported as one modification of a larger award, in its month', () => {
    const actions = [
      { actionDate: '2024-09-09', obligation: 18_686_187 },
      { actionDate: '2025-04-11', obligation: 29_898_236 },
    ];
    const found = matchingAward(contract({}), [award({})], '2025-04', () => actions);
    expect(found?.awardId).toBe('A1');
    // The same amount in another month is another obligation.
    expect(matchingAward(contract({}), [award({})], '2025-06', () => actions)).toBeUndefined();
    // Without the month the reports give, an action cannot be placed.
    expect(matchingAward(contract({}), [award({})], '2025', () => actions)).toBeUndefined();
  });

  it('matches on a close total or a program word, never across companies or agencies', () => {
    expect(matchingAward(contract({}), [award({ obligatedUSD: 28e6 })])?.awardId).toBe('A1');
    const paragon = contract({ program: 'Graphite spyware', amountUSD: null });
    expect(matchingAward(paragon, [award({ description: 'GRAPHITE LICENCE' })])?.awardId).toBe('A1');
    expect(matchingAward(contract({}), [award({ obligatedUSD: 28e6, companyId: 'x' })])).toBeUndefined();
    expect(matchingAward(contract({}), [award({ obligatedUSD: 28e6, agency: 'CBP' })])).toBeUndefined();
    expect(
      matchingAward(contract({ category: 'military' }), [award({ obligatedUSD: 28e6 })]),
    ).toBeUndefined();
    // Outside the award's years.
    expect(matchingAward(contract({ year: '2020' }), [award({ obligatedUSD: 28e6 })])).toBeUndefined();
  });
});

describe('sameReportedContract', () => {
  it('is one contract when the company and a distinctive program word agree', () => {
    const a = contract({ program: 'Project Nimbus cloud', category: 'military', companyId: 'google' });
    expect(sameReportedContract(a, { ...a, program: 'Nimbus' })).toBe(true);
    expect(sameReportedContract(a, { ...a, program: 'Cloud services' })).toBe(false);
    expect(sameReportedContract(a, { ...a, companyId: 'amazon' })).toBe(false);
    expect([...programWords('Project Nimbus cloud')]).toEqual(['nimbus']);
  });
});
