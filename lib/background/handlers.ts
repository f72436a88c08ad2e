// What the background answers. It owns the database; pages reach it only through these.
import {
  agencyRecords,
  companyDetails,
  listAgencies,
  policeList,
  companyNameOf,
  datasetInfo,
  companySummary,
  listCompanies,
  type Database,
} from '../db/database';
import { deleteReport, importReports, listReports, saveReport } from '../db/reports';
import type { Dictionary } from '../matcher/dictionary';
import { matchTexts } from '../matcher/text-matches';
import type { Handlers, UpdateStatus } from '../messages';
import type { UpdateState } from '../updates/update-state';
import type { DatasetUpdater } from './dataset-updates';
import { badgeFor, type BadgeState, type BadgeWords } from './badge';
import { validateReport, type Report } from '../reports/report';
import { parseReportFile } from '../reports/report-file';
import { localDay } from '../reports/today';

export interface BackgroundDeps {
  database: () => Promise<Database>;
  /** The compiled alias dictionary, loaded once per background start. */
  dictionary: () => Promise<Dictionary>;
  openDetailsTab: (companyId: string, fromTabId: number | undefined) => Promise<void>;
  /** Shows on the toolbar button how many companies the tab's page names. */
  setBadge: (tabId: number, badge: BadgeState) => Promise<void>;
  /** The badge's words in the user's language. */
  badgeWords: BadgeWords;
  newId: () => string;
  now: () => Date;
  /** Dataset updates (lib/background/dataset-updates.ts) and the address they check. */
  updates: Pick<DatasetUpdater, 'state' | 'setEnabled' | 'checkNow'>;
  updateAddress: string;
}

/**
 * A tab's card opens a company's details at most this often. The card acts only on the
 * user's own clicks; this holds even if a page found a way to click for them.
 */
export const DETAILS_INTERVAL_MS = 1000;

export function backgroundHandlers(deps: BackgroundDeps): Handlers {
  const detailsOpenedAt = new Map<number, number>();
  const updateStatus = async (state: UpdateState): Promise<UpdateStatus> => ({
    state,
    address: deps.updateAddress,
    dataset: (await datasetInfo(await deps.database())) ?? null,
  });
  return {
    getCompanySummary: async ({ companyId }) => companySummary(await deps.database(), companyId),
    getCompanyDetails: async ({ companyId }) => companyDetails(await deps.database(), companyId),
    listCompanies: async () => listCompanies(await deps.database()),
    listAgencies: async () => listAgencies(await deps.database()),
    getPoliceList: async ({ companyId, query }) => policeList(await deps.database(), companyId, query),
    getAgencyRecords: async ({ agencyIds }) => agencyRecords(await deps.database(), agencyIds),
    getDatasetInfo: async () => (await datasetInfo(await deps.database())) ?? null,
    getUpdateStatus: async () => updateStatus(await deps.updates.state()),
    setDatasetUpdates: async ({ enabled }) => updateStatus(await deps.updates.setEnabled(enabled)),
    checkDatasetUpdate: async () => updateStatus(await deps.updates.checkNow()),
    addReport: async ({ report }) => {
      const db = await deps.database();
      const now = deps.now();
      // One keyed read answers whether the report's company exists, and its name.
      const name = report.companyId ? await companyNameOf(db, report.companyId) : undefined;
      const result = validateReport(
        report,
        (id) => (id === report.companyId ? name : undefined),
        localDay(now),
      );
      if (!result.ok) return { ok: false, errors: result.errors };
      const stored: Report = { ...result.value, id: deps.newId(), createdAt: now.toISOString() };
      await saveReport(db, stored);
      return { ok: true, report: stored };
    },
    matchTexts: async ({ texts, host }) => matchTexts(await deps.dictionary(), texts, host),
    listReports: async () => listReports(await deps.database()),
    importReports: async ({ text }) => {
      const db = await deps.database();
      const names = new Map((await listCompanies(db)).map((c) => [c.id, c.name]));
      const parsed = parseReportFile(text, (id) => names.get(id), localDay(deps.now()));
      if (!parsed.ok) return parsed;
      return { ok: true, ...(await importReports(db, parsed.reports)) };
    },
    deleteReport: async ({ id }) => {
      await deleteReport(await deps.database(), id);
      return null;
    },
    reportPageCompanies: async ({ count, ownSiteCompanyId }, sender) => {
      if (sender.tabId === undefined) throw new Error('only a page can report its companies');
      let ownSiteName: string | null = null;
      if (ownSiteCompanyId !== null) {
        // Only the name: one keyed read, not the company's whole summary.
        const name = await deps
          .database()
          .then((db) => companyNameOf(db, ownSiteCompanyId))
          .catch(() => undefined);
        ownSiteName = name ?? ownSiteCompanyId;
      }
      await deps.setBadge(sender.tabId, badgeFor(count, ownSiteName, deps.badgeWords));
      return null;
    },
    openDetails: async ({ companyId }, sender) => {
      if (sender.tabId !== undefined) {
        const now = deps.now().getTime();
        const last = detailsOpenedAt.get(sender.tabId);
        if (last !== undefined && now - last < DETAILS_INTERVAL_MS) {
          throw new Error('details were opened from this tab a moment ago');
        }
        detailsOpenedAt.set(sender.tabId, now);
      }
      // Only a company of the dataset: a tab opens for nothing else.
      if ((await companyNameOf(await deps.database(), companyId)) === undefined) {
        throw new Error(`unknown company "${companyId}"`);
      }
      await deps.openDetailsTab(companyId, sender.tabId);
      return null;
    },
  };
}
