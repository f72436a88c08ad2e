// What the background reads out of its database for the pages: the card's summary, the
// popup's details and the loaded dataset's record. Types only; they travel in the answers of
// lib/messages.ts, where the pages take them from.
import type { NotableItem } from '../dataset/notable';
import type { PoliceSummary } from '../dataset/police-summary';
import type {
  Award,
  Company,
  DatasetMeta,
  DodContractor,
  PoliceAgency,
  PoliceRecord,
  ReportedContract,
  WorkerAction,
} from '../dataset/schema';
import type { Report } from '../reports/report';

/** A company another one is linked to by ownership, with the year the link starts. */
export interface CompanyLink {
  id: string;
  name: string;
  since: number | null;
}

/** What the hover card shows. Public data only: it goes to content scripts, which sit in pages. */
export interface CompanySummary {
  id: string;
  name: string;
  awardCount: number;
  /** Sum over the company's awards, split by agency. */
  obligatedByAgency: Partial<Record<string, number>>;
  actionCount: number;
  /** Of them, those its own workers took (not students, not other companies' workers). */
  actionsByOwnWorkers: number;
  /** Pentagon obligations, when the company is among the 100 largest DoD contractors. */
  dodObligatedUSD: number | null;
  reportedContractCount: number;
  /** The card's police line: agencies, technologies, years; null for a company with none. */
  police: PoliceSummary | null;
  /** Its owner, whose totals include it; its units, whose contracts its totals include. */
  parent: CompanyLink | null;
  units: CompanyLink[];
  /** A joint venture's owners (their totals do not include it). */
  owners: CompanyLink[];
  /** The two facts the card leads with, each with its sources. */
  notable: NotableItem[];
}

/** A company as the views name it. */
export type CompanyName = Pick<Company, 'id' | 'name'>;

export interface CompanyDetails {
  company: CompanyName;
  awards: Award[];
  dodContractors: DodContractor[];
  reportedContracts: ReportedContract[];
  actions: WorkerAction[];
  reports: Report[];
  caveats: string[];
  /** Figures over the company's police records; the records come apart (`getPoliceList`). */
  police: PoliceSummary | null;
  parent: CompanyLink | null;
  units: CompanyLink[];
  owners: CompanyLink[];
}

/** A company's police records and the agencies they name. */
export interface PoliceWork {
  records: PoliceRecord[];
  agencies: PoliceAgency[];
}

/** What the search by place shows: agencies, every record of theirs, and the vendors' names. */
export interface AgencyRecords {
  agencies: PoliceAgency[];
  records: PoliceRecord[];
  companies: { id: string; name: string }[];
}

export interface LoadedDataset {
  key: 'dataset';
  meta: DatasetMeta;
  loadedAt: string;
  /** How long the last load's transaction took, in ms, from its start to its commit. */
  loadMs: number;
  /** The whole load, in ms: reading the file, checking it, grouping, and the transaction. */
  totalMs: number;
  /** Of it, reading and checking the file, then grouping its records for the stores. */
  readMs?: number;
  groupMs?: number;
  counts: {
    companies: number;
    awards: number;
    actions: number;
    dodContractors: number;
    reportedContracts: number;
    /** Absent in loads made before police records existed. */
    policeRecords?: number;
    policeAgencies?: number;
    /** Records in the police store, for the integrity check. */
    policeGroups?: number;
  };
  /** First and last day the awards and actions cover (absent in loads made before it existed). */
  dateRange?: { from: string; to: string } | null;
  /** Where it came from: packaged with the extension, or a signed update (absent: packaged). */
  source?: 'bundled' | 'update';
  /** When it was published (ISO): a newer one replaces it, an older one never does. */
  issued?: string;
}
