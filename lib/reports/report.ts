// A user's report of an incident: validated field by field so the form can say what is
// wrong next to each field, and validated again by the background before it is stored.

export const REPORT_KINDS = ['contract', 'worker-action', 'other'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

export interface ReportInput {
  /** A company of the dataset, or "" for one it does not have (then `companyName` names it). */
  companyId: string;
  companyName: string;
  kind: string;
  date: string;
  description: string;
  sourceUrl: string;
}

export interface Report {
  id: string;
  /** "" when the company is not in the dataset. */
  companyId: string;
  companyName: string;
  kind: ReportKind;
  date: string;
  description: string;
  sourceUrl: string;
  /** ISO timestamp of when the user saved it. */
  createdAt: string;
}

export type ReportField = keyof ReportInput;
/**
 * What is wrong with a field, as the key of its message in locales/*.yml (the form and the
 * importer say it in the user's language; this module stays pure).
 */
export type ReportErrorCode =
  | 'errorCompanyUnknown'
  | 'errorCompanyNameMissing'
  | 'errorCompanyNameLong'
  | 'errorKind'
  | 'errorDateFormat'
  | 'errorDateMissingDay'
  | 'errorDateTooOld'
  | 'errorDateFuture'
  | 'errorDescriptionShort'
  | 'errorDescriptionLong'
  | 'errorUrlMissing'
  | 'errorUrlNotFull'
  | 'errorUrlNotWeb'
  | 'errorUrlNoHost';
export type ReportErrors = Partial<Record<ReportField, ReportErrorCode>>;

export const DESCRIPTION_MIN = 10;
export const COMPANY_NAME_MAX = 120;
export const DESCRIPTION_MAX = 2000;

function dateError(date: string, today: string): ReportErrorCode | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return 'errorDateFormat';
  const parsed = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== date) {
    return 'errorDateMissingDay';
  }
  if (date < '1900-01-01') return 'errorDateTooOld';
  if (date > today) return 'errorDateFuture';
  return undefined;
}

function urlError(raw: string): ReportErrorCode | undefined {
  if (raw.trim() === '') return 'errorUrlMissing';
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return 'errorUrlNotFull';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'errorUrlNotWeb';
  if (!url.hostname.includes('.')) return 'errorUrlNoHost';
  return undefined;
}

/**
 * Checks every field; returns the cleaned report fields or one message per wrong field.
 * `today` is "YYYY-MM-DD", passed in so the check stays pure.
 */
export function validateReport(
  input: ReportInput,
  /** The dataset's name of a company id; undefined for an id it does not have. */
  nameOfCompany: (id: string) => string | undefined,
  today: string,
): { ok: true; value: Omit<Report, 'id' | 'createdAt'> } | { ok: false; errors: ReportErrors } {
  const errors: ReportErrors = {};
  let companyName = input.companyName.trim().replace(/\s+/g, ' ');
  if (input.companyId !== '') {
    const known = nameOfCompany(input.companyId);
    if (known === undefined) errors.companyId = 'errorCompanyUnknown';
    else companyName = known;
  } else if (companyName.length < 2) {
    errors.companyId = 'errorCompanyNameMissing';
  } else if (companyName.length > COMPANY_NAME_MAX) {
    errors.companyId = 'errorCompanyNameLong';
  }
  if (!(REPORT_KINDS as readonly string[]).includes(input.kind)) {
    errors.kind = 'errorKind';
  }
  const date = dateError(input.date.trim(), today);
  if (date) errors.date = date;
  const description = input.description.trim();
  if (description.length < DESCRIPTION_MIN) {
    errors.description = 'errorDescriptionShort';
  } else if (description.length > DESCRIPTION_MAX) {
    errors.description = 'errorDescriptionLong';
  }
  const url = urlError(input.sourceUrl);
  if (url) errors.sourceUrl = url;
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      companyId: input.companyId,
      companyName,
      kind: input.kind as ReportKind,
      date: input.date.trim(),
      description,
      sourceUrl: new URL(input.sourceUrl.trim()).href,
    },
  };
}
