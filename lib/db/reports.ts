// The user's reports in the background's database: a store of their own, which no dataset
// load touches.
import type { Report } from '../reports/report';
import type { Database } from './database';

/** Every report of the user's, newest first. */
export async function listReports(db: Database): Promise<Report[]> {
  return (await db.getAll('reports')).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/**
 * Stores checked reports in one transaction: all of them or, on any failure, none. A report
 * whose id is already stored is skipped: an import never overwrites what the user has.
 */
export async function importReports(
  db: Database,
  reports: readonly Report[],
): Promise<{ imported: number; skipped: number }> {
  const tx = db.transaction('reports', 'readwrite');
  const stored = await Promise.all(reports.map((report) => tx.store.getKey(report.id)));
  let imported = 0;
  reports.forEach((report, i) => {
    if (stored[i] !== undefined) return;
    void tx.store.add(report);
    imported++;
  });
  await tx.done;
  return { imported, skipped: reports.length - imported };
}

export async function deleteReport(db: Database, id: string): Promise<void> {
  await db.delete('reports', id);
}

export async function saveReport(db: Database, report: Report): Promise<void> {
  await db.add('reports', report);
}
