import { describe, expect, it } from 'vitest';
import { validateReport, type ReportInput } from './report';

const good: ReportInput = {
  companyId: 'palantir',
  companyName: '',
  kind: 'contract',
  date: '2025-04-10',
  description: 'ICE awarded a new case-management order.',
  sourceUrl: 'https://www.usaspending.gov/award/X',
};
const check = (over: Partial<ReportInput>) =>
  validateReport({ ...good, ...over }, (id) => (id === 'palantir' ? 'Palantir' : undefined), '2026-11-26');

describe('validateReport', () => {
  it('accepts a complete report and trims it', () => {
    const result = check({ description: '  ICE awarded a new case-management order.  ' });
    expect(result).toEqual({ ok: true, value: { ...good, companyName: 'Palantir' } });
  });
  it('takes a company the dataset does not have by its typed name', () => {
    expect(check({ companyId: '', companyName: '  Acme   Drones ' })).toMatchObject({
      ok: true,
      value: { companyId: '', companyName: 'Acme Drones' },
    });
    expect(check({ companyId: '', companyName: ' ' })).toMatchObject({
      ok: false,
      errors: { companyId: 'errorCompanyNameMissing' },
    });
    expect(check({ companyId: '', companyName: 'x'.repeat(121) })).toMatchObject({
      ok: false,
      errors: { companyId: 'errorCompanyNameLong' },
    });
  });
  it('names every wrong field with its own message', () => {
    const result = check({
      companyId: 'nobody',
      kind: 'rumour',
      date: '2026-02-30',
      description: 'short',
      sourceUrl: '',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.errors).sort()).toEqual([
      'companyId',
      'date',
      'description',
      'kind',
      'sourceUrl',
    ]);
    expect(result.errors.date).toBe('errorDateMissingDay');
  });
  it('refuses future dates, odd formats and non-web links', () => {
    expect(check({ date: '2027-01-01' })).toMatchObject({ ok: false, errors: { date: 'errorDateFuture' } });
    expect(check({ date: '10/04/2025' })).toMatchObject({ ok: false, errors: { date: 'errorDateFormat' } });
    expect(check({ sourceUrl: 'javascript:alert(1)' })).toMatchObject({
      ok: false,
      errors: { sourceUrl: 'errorUrlNotWeb' },
    });
    expect(check({ sourceUrl: 'example.org/x' })).toMatchObject({
      ok: false,
      errors: { sourceUrl: 'errorUrlNotFull' },
    });
    expect(check({ description: 'x'.repeat(2001) })).toMatchObject({
      ok: false,
      errors: { description: 'errorDescriptionLong' },
    });
  });
});
