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
export type ReportErrors = Partial<Record<ReportField, string>>;

export const DESCRIPTION_MIN = 10;
export const COMPANY_NAME_MAX = 120;
export const DESCRIPTION_MAX = 2000;

function dateError(date: string, today: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return 'Enter the date as YYYY-MM-DD.';
  const parsed = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== date) {
    return 'That date does not exist.';
  }
  if (date < '1900-01-01') return 'Dates before 1900 are not accepted.';
  if (date > today) return 'The date cannot be in the future.';
  return undefined;
}

function urlError(raw: string): string | undefined {
  if (raw.trim() === '') return 'A source link is required, so others can check the report.';
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return 'Enter a full link, starting with https://';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'Only http and https links are accepted.';
  if (!url.hostname.includes('.')) return 'The link needs a real web address.';
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
    if (known === undefined)
      errors.companyId = 'Choose a company from the list, or type the name of a new one.';
    else companyName = known;
  } else if (companyName.length < 2) {
    errors.companyId = "Type the company's name, or choose one from the list.";
  } else if (companyName.length > COMPANY_NAME_MAX) {
    errors.companyId = `Keep the company's name under ${COMPANY_NAME_MAX} characters.`;
  }
  if (!(REPORT_KINDS as readonly string[]).includes(input.kind)) {
    errors.kind = 'Choose contract, worker action or other.';
  }
  const date = dateError(input.date.trim(), today);
  if (date) errors.date = date;
  const description = input.description.trim();
  if (description.length < DESCRIPTION_MIN) {
    errors.description = `Describe what happened in at least ${DESCRIPTION_MIN} characters.`;
  } else if (description.length > DESCRIPTION_MAX) {
    errors.description = `Keep it under ${DESCRIPTION_MAX} characters (now ${description.length}).`;
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
