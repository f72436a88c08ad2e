import { describe, expect, it } from 'vitest';
import type { Report } from './report';
import { exportReportFile, parseReportFile, REPORT_FILE_MAX_BYTES, reportFileSizeError } from './report-file';
import { publicIssueUrl } from './public-issue';

const report: Report = {
  id: 'r1',
  companyId: 'palantir',
  companyName: 'Palantir',
  kind: 'contract',
  date: '2025-04-10',
  description: 'ICE awarded a new case-management order.',
  sourceUrl: 'https://www.usaspending.gov/award/X',
  createdAt: '2026-11-20T10:00:00.000Z',
};
const newCompany: Report = {
  ...report,
  id: 'r2',
  companyId: '',
  companyName: 'Acme Drones',
  createdAt: '2026-11-21T10:00:00.000Z',
};
const names = (id: string) => (id === 'palantir' ? 'Palantir' : undefined);
const parse = (text: string) => parseReportFile(text, names, '2026-11-26');

describe('the reports file', () => {
  it('round-trips what it exports', () => {
    const text = exportReportFile([newCompany, report], new Date('2026-11-26T00:00:00Z'));
    expect(parse(text)).toEqual({ ok: true, reports: [report, newCompany] });
  });

  it('refuses a bad file with its reason and returns no report at all', () => {
    const file = (reports: unknown[]) =>
      JSON.stringify({ format: 'backstory-reports', version: 1, exportedAt: '', reports });
    expect(parse('{nope')).toMatchObject({ ok: false, error: { code: 'importNotJson' } });
    expect(parse('{"format":"other"}')).toMatchObject({ ok: false, error: { code: 'importNotReportsFile' } });
    expect(parse(file([report, { ...report, id: 'r3', sourceUrl: 'javascript:alert(1)' }]))).toEqual({
      ok: false,
      error: { code: 'importRecordRejected', record: 2, field: 'sourceUrl', reason: 'errorUrlNotWeb' },
    });
    expect(parse(file([report, report]))).toMatchObject({
      ok: false,
      error: { code: 'importDuplicateId', record: 2, detail: 'r1' },
    });
    expect(parse(file([{ ...report, companyId: 'nobody-known' }]))).toMatchObject({
      ok: false,
      error: { code: 'importRecordRejected', record: 1, field: 'companyId', reason: 'errorCompanyUnknown' },
    });
    expect(parse(file([{ ...report, extra: '<script>' }]))).toMatchObject({
      ok: false,
      error: { code: 'importRecordInvalid', record: 1 },
    });
    expect(parse(file([{ ...report, date: '2030-01-01' }]))).toMatchObject({
      ok: false,
      error: { reason: 'errorDateFuture' },
    });
    // The message gives the length refused, not that of some other text.
    expect(parse(file([{ ...report, description: 'x'.repeat(2001) }]))).toEqual({
      ok: false,
      error: {
        code: 'importRecordRejected',
        record: 1,
        field: 'description',
        reason: 'errorDescriptionLong',
        size: 2001,
      },
    });
  });

  it('refuses a file too large by its size, before reading it, and says how large', () => {
    expect(reportFileSizeError(REPORT_FILE_MAX_BYTES)).toBeUndefined();
    expect(reportFileSizeError(6_200_000)).toEqual({ code: 'importTooLarge', size: 6_200_000 });
    expect(reportFileSizeError(100_000_000)).toEqual({ code: 'importTooLarge', size: 100_000_000 });
    expect(parse(' '.repeat(REPORT_FILE_MAX_BYTES + 1))).toEqual({
      ok: false,
      error: { code: 'importTooLarge', size: REPORT_FILE_MAX_BYTES + 1 },
    });
  });

  it('names a known company by the dataset, whatever the file says', () => {
    const text = exportReportFile([{ ...report, companyName: 'Evil Corp' }], new Date());
    expect(parse(text)).toMatchObject({ ok: true, reports: [{ companyName: 'Palantir' }] });
  });
});

describe('publicIssueUrl', () => {
  it('prefills the title and body on the tracker, and sends nothing itself', () => {
    const url = new URL(publicIssueUrl('https://github.com/o/r/issues/new', newCompany));
    expect(url.origin + url.pathname).toBe('https://github.com/o/r/issues/new');
    expect(url.searchParams.get('title')).toBe('Contract: Acme Drones (2025-04-10)');
    expect(url.searchParams.get('body')).toContain('Source: https://www.usaspending.gov/award/X');
    expect(url.searchParams.get('body')).toContain('not yet in the dataset');
  });
});
