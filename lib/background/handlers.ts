// What the background answers. It owns the database; pages reach it only through these.
import {
  companyDetails,
  companyExists,
  datasetInfo,
  companySummary,
  listCompanies,
  saveReport,
  type Database,
} from '../db/database';
import type { Handlers } from '../messages';
import { validateReport, type Report } from '../reports/report';

export interface BackgroundDeps {
  database: () => Promise<Database>;
  openDetailsTab: (companyId: string, fromTabId: number | undefined) => Promise<void>;
  /** Shows on the toolbar button how many companies the tab's page names. */
  setBadge: (tabId: number, text: string) => Promise<void>;
  newId: () => string;
  now: () => Date;
}

export function backgroundHandlers(deps: BackgroundDeps): Handlers {
  return {
    getCompanySummary: async ({ companyId }) => companySummary(await deps.database(), companyId),
    getCompanyDetails: async ({ companyId }) => companyDetails(await deps.database(), companyId),
    listCompanies: async () => listCompanies(await deps.database()),
    getDatasetInfo: async () => (await datasetInfo(await deps.database())) ?? null,
    addReport: async ({ report }) => {
      const db = await deps.database();
      const now = deps.now();
      // One keyed read answers whether the report's company exists.
      const exists = await companyExists(db, report.companyId);
      const result = validateReport(
        report,
        (id) => exists && id === report.companyId,
        now.toISOString().slice(0, 10),
      );
      if (!result.ok) return { ok: false, errors: result.errors };
      const stored: Report = { ...result.value, id: deps.newId(), createdAt: now.toISOString() };
      await saveReport(db, stored);
      return { ok: true, report: stored };
    },
    reportPageCompanies: async ({ count }, sender) => {
      if (sender.tabId === undefined) throw new Error('only a page can report its companies');
      await deps.setBadge(sender.tabId, count > 0 ? String(count) : '');
      return null;
    },
    openDetails: async ({ companyId }, sender) => {
      await deps.openDetailsTab(companyId, sender.tabId);
      return null;
    },
  };
}
