// Backstory's IndexedDB, owned by the background alone.
//
// A load's cost is its bytes and its puts (docs/performance.md), so the dataset is written
// as few, compact records: each company's awards (as rows of one table whose columns are
// stored once), Pentagon totals, reported contracts and worker actions form one company
// record (counts worked out at load), and company records live in 128 buckets chosen by a
// hash of the company id. A card or the popup reads one bucket by key, never a scan. User
// reports live in their own store, which no dataset load touches.
import { notableItems } from '../dataset/notable';
import {
  policeListPage,
  policeSummary,
  stateOfAgency,
  type PoliceListPage,
  type PoliceListQuery,
} from '../dataset/police-summary';
import { decodePoliceTables, encodePoliceTables, type PoliceTables } from '../dataset/police-table';
import { datasetDateRange } from '../dataset/stats';
import { awardRowReader, type AwardColumns, type AwardRow, type AwardRowReader } from '../dataset/award-rows';
import type { DatasetToLoad } from '../dataset/file';
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type {
  Agency,
  Dataset,
  DodContractor,
  PoliceAgency,
  PoliceRecord,
  ReportedContract,
  WorkerAction,
} from '../dataset/schema';
import type {
  AgencyRecords,
  CompanyDetails,
  CompanyLink,
  CompanyName,
  CompanySummary,
  LoadedDataset,
} from './read-models';

export type { LoadedDataset };
import type { Report } from '../reports/report';

export const DB_NAME = 'backstory';
/** The stores' layout; bump with a migration in `upgrade` when it changes. */
export const DB_VERSION = 4;

export interface CompanyRecord {
  /** Its id and name: the rest of the dataset's company (recipient names, domains) is the build's and the dictionary's. */
  company: CompanyName;
  /** Rows of the award table, whose columns are stored once (`tables`, key "awards"). */
  awards: AwardRow[];
  dodContractors: DodContractor[];
  reportedContracts: ReportedContract[];
  awardCount: number;
  obligatedByAgency: Partial<Record<Agency, number>>;
  /** Its worker actions, newest first; an action about two companies is in both records. */
  actions: WorkerAction[];
  dodObligatedUSD: number | null;
  /** The card's police line; the records themselves are in the police store. */
  police: ReturnType<typeof policeSummary>;
  /** The company that owns it (corporate-parents), from the year the link starts. */
  parent: CompanyLink | null;
  /** The companies it owns, whose contracts its totals include. */
  units: CompanyLink[];
  /** A joint venture's owners, whose totals do not include it. */
  owners: CompanyLink[];
}

/** The first fiscal year of the Pentagon totals: a unit bought later does not count in full. */
const DOD_FIRST_YEAR = 2021;

export const BUCKETS = 128;

/** FNV-1a of the id, so a company's bucket never depends on what else is in the dataset. */
export function bucketOf(companyId: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < companyId.length; i++) {
    hash ^= companyId.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % BUCKETS;
}

interface CompanyBucket {
  companies: Record<string, CompanyRecord>;
}

interface BackstoryDB extends DBSchema {
  buckets: { key: number; value: CompanyBucket };
  /** One record ("all"): every company's id and name, sorted by name, for lists and search. */
  directory: { key: string; value: { companies: { id: string; name: string }[] } };
  reports: { key: string; value: Report; indexes: { byCompany: string } };
  meta: { key: string; value: LoadedDataset };
  /**
   * Police records grouped twice, so that each view reads one record: by vendor company
   * ("company:amazon") for the company view, by state ("state:CA") for the place search; and
   * every agency ("agencies") for the search's list.
   */
  police: { key: string; value: PoliceTables };
  /** What the rows of a table stored in parts mean: the award table's ("awards"). */
  tables: { key: string; value: AwardColumns };
  /** The dictionary of a dataset update, written with it; the packaged one is used otherwise. */
  files: { key: string; value: { key: 'dictionary'; version: string; bytes: ArrayBuffer } };
}

/** Records and agencies in the compact table form (police-table.ts); the agency list has no records. */
interface PoliceGroup {
  key: string;
  tables: PoliceTables;
}

export type Database = IDBPDatabase<BackstoryDB>;

export function openDatabase(): Promise<Database> {
  return openDB<BackstoryDB>(DB_NAME, DB_VERSION, {
    upgrade(db, oldVersion, _newVersion, transaction) {
      if (oldVersion < 1) {
        db.createObjectStore('reports', { keyPath: 'id' }).createIndex('byCompany', 'companyId');
        db.createObjectStore('meta', { keyPath: 'key' });
      }
      // Version 3 keeps a dataset update's dictionary beside its records.
      if (oldVersion < 3) db.createObjectStore('files', { keyPath: 'key' });
      // Version 4 makes the dataset's stores anew (the dataset is written again): out-of-line
      // keys, as a key read from inside a value makes Chromium clone the whole value once more
      // at every put, and worker actions inside the company records, not 560 puts of their own.
      // Versions 1 and 2 had made the stores it replaces.
      if (oldVersion >= 1 && oldVersion < 4) {
        const untyped = db as unknown as IDBPDatabase;
        for (const name of ['buckets', 'directory', 'actions', 'police'])
          if (untyped.objectStoreNames.contains(name)) untyped.deleteObjectStore(name);
        void transaction.objectStore('meta').delete('dataset');
      }
      if (oldVersion < 4) {
        db.createObjectStore('buckets');
        db.createObjectStore('directory');
        db.createObjectStore('police');
        db.createObjectStore('tables');
      }
    },
  });
}

/** The dictionary a dataset update brought, if the dataset in use is one. */
export async function updateDictionary(db: Database): Promise<ArrayBuffer | undefined> {
  const [loaded, file] = await Promise.all([db.get('meta', 'dataset'), db.get('files', 'dictionary')]);
  return loaded?.source === 'update' && file?.version === loaded.meta.version ? file.bytes : undefined;
}

export async function loadedDatasetVersion(db: Database): Promise<string | undefined> {
  return (await db.get('meta', 'dataset'))?.meta.version;
}

/**
 * Whether the stores hold what the version record says was loaded: every bucket, the
 * directory, the award columns and every police group. Counting reads no record, so this is
 * cheap enough for the first use after every start (a damaged or cleared database is
 * reloaded from the bundle; the reports' store is not part of it).
 */
export async function datasetIntact(db: Database): Promise<boolean> {
  const loaded = await db.get('meta', 'dataset');
  if (!loaded) return false;
  const [buckets, directory, tables, police] = await Promise.all([
    db.count('buckets'),
    db.count('directory'),
    db.count('tables'),
    db.count('police'),
  ]);
  return (
    buckets === BUCKETS && directory === 1 && tables === 1 && police === (loaded.counts.policeGroups ?? 0)
  );
}

/** Groups a flat dataset into one record per company, its awards as rows. Pure. */
export function companyRecords(dataset: DatasetToLoad): CompanyRecord[] {
  const awards = awardRowReader(dataset.awards);
  const records = new Map<string, CompanyRecord>();
  for (const company of dataset.companies) {
    records.set(company.id, {
      company: { id: company.id, name: company.name },
      awards: [],
      dodContractors: [],
      reportedContracts: [],
      awardCount: 0,
      obligatedByAgency: {},
      actions: [],
      dodObligatedUSD: null,
      police: null,
      parent: null,
      units: [],
      owners: [],
    });
  }
  // `what` is a function: naming each of 25,000 awards up front cost more than the grouping.
  const recordOf = (companyId: string, what: () => string): CompanyRecord => {
    const record = records.get(companyId);
    if (!record) throw new Error(`${what()} points at unknown company "${companyId}"`);
    return record;
  };
  for (const row of dataset.awards.rows) {
    const record = recordOf(awards.companyId(row), () => `award ${awards.awardId(row)}`);
    record.awards.push(row);
    record.awardCount++;
    const agency = awards.agency(row);
    record.obligatedByAgency[agency] = (record.obligatedByAgency[agency] ?? 0) + awards.obligatedUSD(row);
  }
  for (const dod of dataset.dodContractors) {
    const record = recordOf(dod.companyId, () => `DoD contractor ${dod.id}`);
    record.dodContractors.push(dod);
    record.dodObligatedUSD = (record.dodObligatedUSD ?? 0) + dod.totalObligatedUSD;
  }
  for (const reported of dataset.reportedContracts) {
    recordOf(reported.companyId, () => `reported contract ${reported.id}`).reportedContracts.push(reported);
  }
  for (const action of dataset.actions) {
    for (const id of action.companyIds) recordOf(id, () => `action ${action.id}`).actions.push(action);
  }
  for (const [companyId, group] of policeByCompany(dataset)) {
    recordOf(companyId, () => `police record ${group.records[0]!.id}`).police = policeSummary(group.records);
  }
  rollUpUnits(dataset, records, awards);
  for (const record of records.values()) {
    record.awards.sort((a, b) => awards.obligatedUSD(b) - awards.obligatedUSD(a));
    record.dodContractors.sort((a, b) => b.totalObligatedUSD - a.totalObligatedUSD);
    record.reportedContracts.sort((a, b) => b.year.localeCompare(a.year));
    record.actions.sort((a, b) => (a.date !== b.date ? (a.date < b.date ? 1 : -1) : a.id < b.id ? -1 : 1));
  }
  return [...records.values()];
}

/**
 * A unit's contracts count for its owner from the year the link starts: awards first acted on
 * from then, Pentagon totals when the link predates their first fiscal year. A joint venture
 * stays its own and only names its owners.
 */
function rollUpUnits(
  dataset: Pick<Dataset, 'parentLinks'>,
  records: Map<string, CompanyRecord>,
  awards: AwardRowReader,
): void {
  const link = (id: string, since: number | null): CompanyLink => ({
    id,
    name: records.get(id)?.company.name ?? id,
    since,
  });
  for (const parentLink of dataset.parentLinks) {
    const unit = records.get(parentLink.companyId);
    if (!unit) throw new Error(`parent link points at unknown company "${parentLink.companyId}"`);
    if (parentLink.parentId === null) {
      unit.owners = parentLink.ownerIds.map((id) => link(id, parentLink.since));
      continue;
    }
    const parent = records.get(parentLink.parentId);
    if (!parent) throw new Error(`parent link points at unknown company "${parentLink.parentId}"`);
    const since = parentLink.since;
    unit.parent = link(parent.company.id, since);
    parent.units.push(link(unit.company.id, since));
    for (const row of unit.awards) {
      const year = Number(awards.firstActionDate(row)?.slice(0, 4) ?? 0);
      if (since !== null && year < since) continue;
      parent.awards.push(row);
      parent.awardCount++;
      const agency = awards.agency(row);
      parent.obligatedByAgency[agency] = (parent.obligatedByAgency[agency] ?? 0) + awards.obligatedUSD(row);
    }
    if (since === null || since <= DOD_FIRST_YEAR) {
      for (const dod of unit.dodContractors) {
        parent.dodContractors.push(dod);
        parent.dodObligatedUSD = (parent.dodObligatedUSD ?? 0) + dod.totalObligatedUSD;
      }
    }
  }
  for (const record of records.values()) record.units.sort((a, b) => a.name.localeCompare(b.name, 'en'));
}

function awardDates(table: DatasetToLoad['awards']) {
  const awards = awardRowReader(table);
  return table.rows.map((row) => ({
    firstActionDate: awards.firstActionDate(row),
    lastActionDate: awards.lastActionDate(row),
  }));
}

/** The police store's groups: records by company and by state, and the list of every agency. Pure. */
export function policeGroups(dataset: Pick<Dataset, 'policeRecords' | 'policeAgencies'>): PoliceGroup[] {
  // The agencies are stored once, in the list; a group's records name them by id.
  const group = (key: string, records: PoliceRecord[]): PoliceGroup => ({
    key,
    tables: encodePoliceTables(records, []),
  });
  const byState = new Map<string, PoliceRecord[]>();
  for (const record of dataset.policeRecords) {
    const state = stateOfAgency(record.agencyId) || 'XX';
    const list = byState.get(state) ?? [];
    list.push(record);
    byState.set(state, list);
  }
  return [
    ...[...policeByCompany(dataset)].map(([id, { records }]) => group(`company:${id}`, records)),
    ...[...byState].map(([state, records]) => group(`state:${state}`, records)),
    { key: 'agencies', tables: encodePoliceTables([], dataset.policeAgencies) },
  ];
}

/** Worked out once per dataset: a load needs it for the company records and the police groups. */
const policeByCompanyOf = new WeakMap<readonly PoliceRecord[], Map<string, { records: PoliceRecord[] }>>();

function policeByCompany(dataset: Pick<Dataset, 'policeRecords'>): Map<string, { records: PoliceRecord[] }> {
  const known = policeByCompanyOf.get(dataset.policeRecords);
  if (known) return known;
  const groups = new Map<string, { records: PoliceRecord[] }>();
  for (const record of dataset.policeRecords) {
    for (const id of record.companyIds) {
      const group = groups.get(id) ?? { records: [] };
      group.records.push(record);
      groups.set(id, group);
    }
  }
  policeByCompanyOf.set(dataset.policeRecords, groups);
  return groups;
}

/** Where a dataset comes from; an update brings its own dictionary, written in the same step. */
export type DatasetOrigin =
  { source: 'bundled'; issued: string } | { source: 'update'; issued: string; dictionary: ArrayBuffer };

/**
 * Replaces the dataset with `dataset` in a single transaction: a reader sees either the old
 * dataset or the new one, never half of each. Does nothing if that version is loaded, unless
 * `force` (the loaded one was found damaged). `startedAt` is when reading its file began.
 */

export async function loadDataset(
  db: Database,
  dataset: DatasetToLoad,
  startedAt: number = performance.now(),
  force = false,
  origin: DatasetOrigin = { source: 'bundled', issued: '' },
): Promise<boolean> {
  if (!force && (await loadedDatasetVersion(db)) === dataset.meta.version) return false;
  const grouping = performance.now();
  const buckets: CompanyBucket[] = Array.from({ length: BUCKETS }, () => ({ companies: {} }));
  for (const record of companyRecords(dataset))
    buckets[bucketOf(record.company.id)]!.companies[record.company.id] = record;
  const directory = dataset.companies
    .map(({ id, name }) => ({ id, name }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en') || (a.id < b.id ? -1 : 1));
  const police = policeGroups(dataset);
  const started = performance.now();
  const tx = db.transaction(['buckets', 'directory', 'tables', 'meta', 'police', 'files'], 'readwrite');
  const files = tx.objectStore('files');
  if (origin.source === 'update')
    void files.put({ key: 'dictionary', version: dataset.meta.version, bytes: origin.dictionary });
  else void files.delete('dictionary');
  const bucketStore = tx.objectStore('buckets');
  const policeStore = tx.objectStore('police');
  void policeStore.clear();
  for (const group of police) void policeStore.put(group.tables, group.key);

  // Puts are queued without awaiting each one: the commit is what counts, and a failed put
  // aborts the whole transaction.
  void bucketStore.clear();
  buckets.forEach((bucket, i) => void bucketStore.put(bucket, i));
  void tx.objectStore('directory').put({ companies: directory }, 'all');
  const { columns, dictionaries } = dataset.awards;
  void tx.objectStore('tables').put({ columns, dictionaries }, 'awards');
  const counts = {
    companies: dataset.companies.length,
    awards: dataset.awards.rows.length,
    actions: dataset.actions.length,
    dodContractors: dataset.dodContractors.length,
    reportedContracts: dataset.reportedContracts.length,
    policeRecords: dataset.policeRecords.length,
    policeAgencies: dataset.policeAgencies.length,
    policeGroups: police.length,
  };
  void tx.objectStore('meta').put({
    key: 'dataset',
    meta: dataset.meta,
    loadedAt: new Date().toISOString(),
    loadMs: 0,
    totalMs: 0,
    counts,
    dateRange: datasetDateRange({ awards: awardDates(dataset.awards), actions: dataset.actions }),
    source: origin.source,
    issued: origin.issued,
  });
  await tx.done;
  datasetsLoaded++;
  const loaded = await db.get('meta', 'dataset');
  const now = performance.now();
  if (loaded) {
    await db.put('meta', {
      ...loaded,
      loadMs: Math.round(now - started),
      totalMs: Math.round(now - startedAt),
      readMs: Math.round(grouping - startedAt),
      groupMs: Math.round(started - grouping),
    });
  }
  return true;
}

export async function datasetInfo(db: Database): Promise<LoadedDataset | undefined> {
  return db.get('meta', 'dataset');
}

/** Bumped by every load: what was kept from the dataset before is read again. */
let datasetsLoaded = 0;

/**
 * A value every view needs, read once per dataset and kept while the background runs (it
 * answers page after page); read again after a dataset is loaded, or after a failed read.
 */
function keptPerDataset<T>(read: (db: Database) => Promise<T>): (db: Database) => Promise<T> {
  let kept: { db: Database; loads: number; value: Promise<T> } | undefined;
  return (db) => {
    if (kept?.db !== db || kept.loads !== datasetsLoaded) {
      const value = read(db);
      kept = { db, loads: datasetsLoaded, value };
      value.catch(() => {
        if (kept?.value === value) kept = undefined;
      });
    }
    return kept.value;
  };
}

/** What the award rows' cells mean. */
const awardReader = keptPerDataset(async (db) => {
  const head = await db.get('tables', 'awards');
  if (!head) throw new Error('the award table is missing');
  return awardRowReader(head);
});

/** Every police agency, stored once: the groups of records name them by id. */
const policeAgencies = keptPerDataset(async (db) => {
  const list = await db.get('police', 'agencies');
  const agencies = list ? decodePoliceTables(list).agencies : [];
  return { agencies, byId: new Map(agencies.map((a) => [a.id, a])) };
});

async function findCompany(db: Database, companyId: string): Promise<CompanyRecord | undefined> {
  const bucket = await db.get('buckets', bucketOf(companyId));
  return bucket && Object.hasOwn(bucket.companies, companyId) ? bucket.companies[companyId] : undefined;
}

async function requireCompany(db: Database, companyId: string): Promise<CompanyRecord> {
  const record = await findCompany(db, companyId);
  if (!record) throw new Error(`unknown company "${companyId}"`);
  return record;
}

export async function companySummary(db: Database, companyId: string): Promise<CompanySummary> {
  const [record, awards] = await Promise.all([requireCompany(db, companyId), awardReader(db)]);
  const { actions } = record;
  return {
    id: record.company.id,
    name: record.company.name,
    awardCount: record.awardCount,
    obligatedByAgency: record.obligatedByAgency,
    actionCount: actions.length,
    actionsByOwnWorkers: actions.filter(
      (a) => (a.actedBy ?? 'workers') === 'workers' && !(a.targetCompanyIds ?? []).includes(companyId),
    ).length,
    dodObligatedUSD: record.dodObligatedUSD,
    // Those the award data holds are counted among its awards.
    reportedContractCount: record.reportedContracts.filter((r) => !r.awardKey).length,
    police: record.police,
    parent: record.parent,
    units: record.units,
    owners: record.owners,
    notable: notableItems({ ...record, awards: awards.decode(record.awards) }, actions),
  };
}

export async function companyDetails(db: Database, companyId: string): Promise<CompanyDetails> {
  const [record, reports, meta, awards] = await Promise.all([
    requireCompany(db, companyId),
    db.getAllFromIndex('reports', 'byCompany', companyId),
    db.get('meta', 'dataset'),
    awardReader(db),
  ]);
  return {
    company: record.company,
    awards: awards.decode(record.awards),
    dodContractors: record.dodContractors,
    reportedContracts: record.reportedContracts,
    actions: record.actions,
    reports: reports.sort((a, b) => b.createdAt.localeCompare(a.createdAt)),
    caveats: meta?.meta.caveats ?? [],
    police: record.police,
    parent: record.parent,
    units: record.units,
    owners: record.owners,
  };
}

/**
 * The part of a company's police list the popup shows: filtered, sorted and cut here, next
 * to the records, so that a big vendor's view (Amazon's 1,500 Ring rows) sends 40 of them.
 */
export async function policeList(
  db: Database,
  companyId: string,
  query: PoliceListQuery,
): Promise<PoliceListPage> {
  const [group, { byId }] = await Promise.all([db.get('police', `company:${companyId}`), policeAgencies(db)]);
  const records = group ? decodePoliceTables(group).records : [];
  return policeListPage(
    records.map((record) => ({ record, agency: byId.get(record.agencyId) })),
    query,
  );
}

/** Every agency of the police records, for the popup's search by place. */
export async function listAgencies(db: Database): Promise<PoliceAgency[]> {
  return (await policeAgencies(db)).agencies;
}

/** The records of the given agencies, with the names of their vendors' companies. */
export async function agencyRecords(db: Database, agencyIds: readonly string[]): Promise<AgencyRecords> {
  const wanted = new Set(agencyIds);
  const states = [...new Set(agencyIds.map((id) => stateOfAgency(id) || 'XX'))];
  const [groups, { byId }] = await Promise.all([
    Promise.all(states.map((state) => db.get('police', `state:${state}`))),
    policeAgencies(db),
  ]);
  const records = groups.flatMap((g) =>
    g ? decodePoliceTables(g).records.filter((r) => wanted.has(r.agencyId)) : [],
  );
  const agencies = agencyIds.flatMap((id) => byId.get(id) ?? []);
  const companyIds = [...new Set(records.flatMap((r) => r.companyIds))];
  const names = await Promise.all(companyIds.map((id) => companyNameOf(db, id)));
  return {
    agencies,
    records,
    companies: companyIds.map((id, i) => ({ id, name: names[i] ?? id })),
  };
}

export async function listCompanies(db: Database): Promise<{ id: string; name: string }[]> {
  return (await db.get('directory', 'all'))?.companies ?? [];
}

export async function companyNameOf(db: Database, companyId: string): Promise<string | undefined> {
  return (await findCompany(db, companyId))?.company.name;
}
