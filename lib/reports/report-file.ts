// The user's reports as a file: exported to keep or share, imported back whole or not at
// all. Records follow the dataset's conventions (company slug, ISO dates, http(s) source).
// Pure: the caller reads and writes the file.
import * as v from 'valibot';
import { describeIssues } from '../dataset/schema';
import { REPORT_KINDS, validateReport, type Report, type ReportErrorCode, type ReportField } from './report';

export const REPORT_FILE_FORMAT = 'backstory-reports';
export const REPORT_FILE_VERSION = 1;
/** A file of reports bigger than this is refused before it is parsed. */
export const REPORT_FILE_MAX_BYTES = 5_000_000;

/** Why a file was refused: a message key of locales/*.yml and what it names. */
export interface ReportFileError {
  code:
    | 'importTooLarge'
    | 'importNotJson'
    | 'importNotReportsFile'
    | 'importRecordInvalid'
    | 'importDuplicateId'
    | 'importRecordRejected';
  /** 1-based number of the offending report. */
  record?: number;
  field?: ReportField;
  reason?: ReportErrorCode;
  /** The parser's own words, or the id that appears twice. */
  detail?: string;
  /** The file's size in bytes (too large), or the length of the field refused. */
  size?: number;
}

/** Whether a file of `bytes` may be read at all: checked before a byte of it is read. */
export function reportFileSizeError(bytes: number): ReportFileError | undefined {
  return bytes > REPORT_FILE_MAX_BYTES ? { code: 'importTooLarge', size: bytes } : undefined;
}

export interface ReportFile {
  format: typeof REPORT_FILE_FORMAT;
  version: typeof REPORT_FILE_VERSION;
  exportedAt: string;
  reports: Report[];
}

const reportRecord = v.strictObject({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
  companyId: v.union([v.literal(''), v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/))]),
  companyName: v.pipe(v.string(), v.maxLength(200)),
  kind: v.picklist(REPORT_KINDS),
  date: v.string(),
  description: v.string(),
  sourceUrl: v.string(),
  createdAt: v.pipe(v.string(), v.isoTimestamp()),
});

const reportFile = v.object({
  format: v.literal(REPORT_FILE_FORMAT),
  version: v.literal(REPORT_FILE_VERSION),
  exportedAt: v.string(),
  reports: v.pipe(v.array(v.unknown()), v.maxLength(10_000)),
});

export function exportReportFile(reports: readonly Report[], exportedAt: Date): string {
  const file: ReportFile = {
    format: REPORT_FILE_FORMAT,
    version: REPORT_FILE_VERSION,
    exportedAt: exportedAt.toISOString(),
    reports: [...reports].sort((a, b) => a.createdAt.localeCompare(b.createdAt)),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/**
 * Reads a reports file. Every record must pass the same checks as the report form; the
 * first one that does not refuses the whole file, with its number and the reason.
 */
export function parseReportFile(
  text: string,
  nameOfCompany: (id: string) => string | undefined,
  today: string,
): { ok: true; reports: Report[] } | { ok: false; error: ReportFileError } {
  const refuse = (error: ReportFileError) => ({ ok: false as const, error });
  if (text.length > REPORT_FILE_MAX_BYTES) return refuse({ code: 'importTooLarge', size: text.length });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return refuse({ code: 'importNotJson', detail: error instanceof Error ? error.message : String(error) });
  }
  const head = v.safeParse(reportFile, json);
  if (!head.success) return refuse({ code: 'importNotReportsFile', detail: describeIssues(head.issues) });
  const reports: Report[] = [];
  const ids = new Set<string>();
  for (const [i, raw] of head.output.reports.entries()) {
    const record = i + 1;
    const parsed = v.safeParse(reportRecord, raw);
    if (!parsed.success)
      return refuse({ code: 'importRecordInvalid', record, detail: describeIssues(parsed.issues) });
    const { id, createdAt, ...input } = parsed.output;
    if (ids.has(id)) return refuse({ code: 'importDuplicateId', record, detail: id });
    ids.add(id);
    const checked = validateReport(input, nameOfCompany, today);
    if (!checked.ok) {
      const [field, reason] = Object.entries(checked.errors)[0] as [ReportField, ReportErrorCode];
      const size = field === 'description' ? input.description.trim().length : undefined;
      return refuse({ code: 'importRecordRejected', record, field, reason, size });
    }
    reports.push({ ...checked.value, id, createdAt });
  }
  return { ok: true, reports };
}
