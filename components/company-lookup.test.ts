import { describe, expect, it } from 'vitest';
import { companyNamed, searchCompanies } from './company-lookup';

const companies = [
  { id: 'amazon', name: 'Amazon' },
  { id: 'palantir', name: 'Palantir Technologies' },
  { id: 'general-dynamics', name: 'General Dynamics' },
  { id: 'dynamics-research', name: 'Dynamics Research Corp' },
  { id: 'nestle', name: 'Nestlé' },
  { id: 'rx', name: 'A.B.C (Holdings)' },
];

describe('searchCompanies', () => {
  it('puts names that start with the query first, then word starts, then the rest', () => {
    expect(searchCompanies(companies, 'dyn').map((c) => c.id)).toEqual([
      'dynamics-research',
      'general-dynamics',
    ]);
  });
  it('needs every word, ignores case and accents, and survives regex characters', () => {
    expect(searchCompanies(companies, 'palantir tech').map((c) => c.id)).toEqual(['palantir']);
    expect(searchCompanies(companies, 'NESTLE').map((c) => c.id)).toEqual(['nestle']);
    expect(searchCompanies(companies, '(holdings)').map((c) => c.id)).toEqual(['rx']);
    expect(searchCompanies(companies, '   ')).toEqual([]);
  });
  it('stops at the limit', () => {
    expect(searchCompanies(companies, 'a', 2)).toHaveLength(2);
  });
});

it('finds the company a typed name means exactly, or none', () => {
  expect(companyNamed(companies, ' amazon ')?.id).toBe('amazon');
  expect(companyNamed(companies, 'Amaz')).toBeUndefined();
  expect(companyNamed(companies, '')).toBeUndefined();
});
