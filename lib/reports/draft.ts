// The report being written, kept in extension storage as it is typed (and where the
// context menu leaves a prefilled one). Parsing never throws: a damaged draft is no draft.
import type { ReportInput } from './report';

export const DRAFT_KEY = 'reportDraft';
const FIELDS = ['companyId', 'companyName', 'kind', 'date', 'description', 'sourceUrl'] as const;

export function parseDraft(raw: unknown): Partial<ReportInput> | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const draft: Partial<ReportInput> = {};
  for (const field of FIELDS) {
    const value = (raw as Record<string, unknown>)[field];
    if (typeof value === 'string') draft[field] = value.slice(0, 5000);
  }
  return Object.keys(draft).length > 0 ? draft : undefined;
}

/** A report prefilled from a page: its address, its title and the words the user selected. */
export function draftFromPage(page: { url: string; title: string; selection: string }): Partial<ReportInput> {
  const selection = page.selection.trim().replace(/\s+/g, ' ').slice(0, 1000);
  const title = page.title.trim().slice(0, 300);
  const description = [selection && `“${selection}”`, title].filter(Boolean).join(' — ');
  return {
    description,
    sourceUrl: /^https?:\/\//.test(page.url) ? page.url : '',
  };
}
