import { expect, it } from 'vitest';
import { notableItems } from './notable';
import type { Award, DodContractor, ReportedContract, WorkerAction } from './schema';

const award = (awardId: string, obligatedUSD: number): Award => ({
  companyId: 'p',
  recipientName: 'P',
  agency: 'ICE',
  awardId,
  generatedAwardId: `G_${awardId}`,
  obligatedUSD,
  firstActionDate: '2021-01-01',
  lastActionDate: '2022-01-01',
  productOrService: '',
  naics: '',
  description: 'CASE MANAGEMENT',
  dataset: 'usaspending',
});
const reported = (id: string, year: string) =>
  ({
    id,
    companyId: 'p',
    customer: 'Army',
    program: `Program ${id}`,
    category: 'military',
    year,
    amountUSD: null,
    summary: '',
    sources: [`https://news.example/${id}`],
  }) as ReportedContract;
const action = {
  id: 'a',
  companyIds: ['p'],
  date: '2019-06-01',
  kinds: ['protest'],
  struggles: [],
  workers: 30,
  tags: [],
  summary: '',
  sources: ['https://x.example/a'],
} as WorkerAction;

it('leads with reported contracts, newest first, each with its sources', () => {
  const items = notableItems(
    {
      awards: [award('1', 5)],
      dodContractors: [],
      reportedContracts: [reported('a', '2018'), reported('b', '2020')],
    },
    [action],
  );
  expect(items.map((i) => [i.kind, i.when])).toEqual([
    ['reported', '2020'],
    ['reported', '2018'],
  ]);
  expect(items[0]!.sources).toEqual(['https://news.example/b']);
});

it('then the largest award and the latest worker action', () => {
  const items = notableItems(
    { awards: [award('1', 5), award('2', 9)], dodContractors: [] as DodContractor[], reportedContracts: [] },
    [action],
  );
  expect(items).toEqual([
    {
      kind: 'award',
      text: 'ICE: CASE MANAGEMENT',
      amountUSD: 9,
      workers: null,
      when: 'FY2021–FY2022',
      sources: ['https://www.usaspending.gov/award/G_2'],
    },
    {
      kind: 'action',
      text: 'protest',
      amountUSD: null,
      workers: 30,
      when: '2019-06-01',
      sources: ['https://x.example/a'],
    },
  ]);
  expect(notableItems({ awards: [], dodContractors: [], reportedContracts: [] }, [])).toEqual([]);
});

it('leaves a reported contract the award data holds to its award', () => {
  const heldByAward = { ...reported('r-held', '2025'), awardKey: 'G_A1' };
  const items = notableItems(
    { awards: [award('A1', 5e6)], dodContractors: [], reportedContracts: [heldByAward] },
    [],
    5,
  );
  expect(items.map((i) => i.kind)).toEqual(['award']);
});
