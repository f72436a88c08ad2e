// Shapes collective-action records (github.com/collective-action/tech) into worker actions
// linked to Backstory's company ids. Pure.
import type { WorkerAction } from './schema';

export interface CollectiveActionRecord {
  id: number;
  date: string;
  sources: string[] | null;
  actions: string[] | null;
  struggles: string[] | null;
  companies: string[] | null;
  workers: number | null;
  tags: string[] | null;
}

const isHttpUrl = (url: string): boolean => /^https?:\/\/[^\s]+$/.test(url);

/** Cited for a record whose own links are unusable (a library proxy with no scheme, say). */
export const COLLECTIVE_ACTION_DATASET_URL = 'https://github.com/collective-action/tech';

/** "2018/06/21" or "2018-06-21" to "2018-06-21"; anything else is an error. */
export function isoDateOf(raw: string): string {
  const match = /^(\d{4})[/-](\d{2})[/-](\d{2})$/.exec(raw.trim());
  if (!match) throw new Error(`unreadable date "${raw}"`);
  return `${match[1]}-${match[2]}-${match[3]}`;
}

/** Who acted, from the source's tags ("students", "industry solidarity"); else the companies' workers. */
export function actedByOf(tags: readonly string[]): 'workers' | 'students' | 'others' {
  if (tags.includes('students')) return 'students';
  if (tags.some((t) => /^industry[ _]solidarity$/.test(t))) return 'others';
  return 'workers';
}

export function toWorkerActions(
  records: readonly CollectiveActionRecord[],
  companyIdsOf: (slug: string) => string[],
  summaryOf: (id: number) => string | undefined,
): WorkerAction[] {
  const result: WorkerAction[] = [];
  for (const record of records) {
    const companyIds = [...new Set((record.companies ?? []).flatMap(companyIdsOf))].sort();
    const links = (record.sources ?? []).map((url) => url.trim()).filter(isHttpUrl);
    const sources = links.length > 0 ? links : [COLLECTIVE_ACTION_DATASET_URL];
    result.push({
      id: `cat:${record.id}`,
      companyIds,
      date: isoDateOf(record.date),
      kinds: record.actions ?? [],
      struggles: record.struggles ?? [],
      workers: record.workers,
      tags: record.tags ?? [],
      // Students and other companies' workers acting against a company's work are not its workers.
      actedBy: actedByOf(record.tags ?? []),
      summary: summaryOf(record.id) ?? '',
      sources,
    });
  }
  return result;
}
