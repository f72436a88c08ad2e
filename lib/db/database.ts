// Backstory's IndexedDB, owned by the background alone. The dataset's stores are replaced
// whole, in one transaction, when a new dataset version arrives; user reports live in their
// own store and are never touched by a dataset load.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Award, Company, Dataset, DatasetMeta, WorkerAction } from '../dataset/schema';
import type { CompanyDetails, CompanySummary } from '../messages';
import type { Report } from '../reports/report';

export const DB_NAME = 'backstory';
/** The stores' layout; bump with a migration in `upgrade` when it changes. */
export const DB_VERSION = 1;

interface BackstoryDB extends DBSchema {
  companies: { key: string; value: Company };
  awards: { key: string; value: Award; indexes: { byCompany: string } };
  actions: { key: string; value: WorkerAction; indexes: { byCompany: string } };
  reports: { key: string; value: Report; indexes: { byCompany: string } };
  meta: { key: string; value: { key: 'dataset'; meta: DatasetMeta; loadedAt: string } };
}

export type Database = IDBPDatabase<BackstoryDB>;

export function openDatabase(): Promise<Database> {
  return openDB<BackstoryDB>(DB_NAME, DB_VERSION, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        db.createObjectStore('companies', { keyPath: 'id' });
        db.createObjectStore('awards', { keyPath: 'id' }).createIndex('byCompany', 'companyId');
        db.createObjectStore('actions', { keyPath: 'id' }).createIndex('byCompany', 'companyIds', {
          multiEntry: true,
        });
        db.createObjectStore('reports', { keyPath: 'id' }).createIndex('byCompany', 'companyId');
        db.createObjectStore('meta', { keyPath: 'key' });
      }
    },
  });
}

export async function loadedDatasetVersion(db: Database): Promise<string | undefined> {
  return (await db.get('meta', 'dataset'))?.meta.version;
}

/**
 * Replaces the dataset stores with `dataset` in a single transaction: a reader sees either
 * the old dataset or the new one, never half of each. Does nothing if that version is loaded.
 */
export async function loadDataset(db: Database, dataset: Dataset): Promise<boolean> {
  if ((await loadedDatasetVersion(db)) === dataset.meta.version) return false;
  const tx = db.transaction(['companies', 'awards', 'actions', 'meta'], 'readwrite');
  const companies = tx.objectStore('companies');
  const awards = tx.objectStore('awards');
  const actions = tx.objectStore('actions');
  const writes: Promise<unknown>[] = [companies.clear(), awards.clear(), actions.clear()];
  for (const company of dataset.companies) writes.push(companies.put(company));
  for (const award of dataset.awards) writes.push(awards.put(award));
  for (const action of dataset.actions) writes.push(actions.put(action));
  writes.push(
    tx.objectStore('meta').put({ key: 'dataset', meta: dataset.meta, loadedAt: new Date().toISOString() }),
  );
  await Promise.all([...writes, tx.done]);
  return true;
}

async function requireCompany(db: Database, companyId: string): Promise<Company> {
  const company = await db.get('companies', companyId);
  if (!company) throw new Error(`unknown company "${companyId}"`);
  return company;
}

export async function companySummary(db: Database, companyId: string): Promise<CompanySummary> {
  const company = await requireCompany(db, companyId);
  const [awards, actionCount, reportCount] = await Promise.all([
    db.getAllFromIndex('awards', 'byCompany', companyId),
    db.countFromIndex('actions', 'byCompany', companyId),
    db.countFromIndex('reports', 'byCompany', companyId),
  ]);
  const obligatedByAgency: Record<string, number> = {};
  for (const award of awards) {
    obligatedByAgency[award.agency] = (obligatedByAgency[award.agency] ?? 0) + award.obligatedUSD;
  }
  return {
    id: company.id,
    name: company.name,
    awardCount: awards.length,
    obligatedByAgency,
    actionCount,
    reportCount,
  };
}

export async function companyDetails(db: Database, companyId: string): Promise<CompanyDetails> {
  const company = await requireCompany(db, companyId);
  const [awards, actions, reports, meta] = await Promise.all([
    db.getAllFromIndex('awards', 'byCompany', companyId),
    db.getAllFromIndex('actions', 'byCompany', companyId),
    db.getAllFromIndex('reports', 'byCompany', companyId),
    db.get('meta', 'dataset'),
  ]);
  return {
    company,
    awards: awards.sort((a, b) => b.obligatedUSD - a.obligatedUSD),
    actions: actions.sort((a, b) => b.date.localeCompare(a.date)),
    reports: reports.sort((a, b) => b.createdAt.localeCompare(a.createdAt)),
    caveats: meta?.meta.caveats ?? [],
  };
}

export async function listCompanies(db: Database): Promise<{ id: string; name: string }[]> {
  const companies = await db.getAll('companies');
  return companies.map(({ id, name }) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name));
}

export async function companyExists(db: Database, companyId: string): Promise<boolean> {
  return (await db.count('companies', companyId)) > 0;
}

export async function saveReport(db: Database, report: Report): Promise<void> {
  await db.add('reports', report);
}
