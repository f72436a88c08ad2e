// What the background reads out of its database for the pages: the card's summary, the
// popup's details and the loaded dataset's record. Types only; they travel in the answers of
// lib/messages.ts, where the pages take them from.
import type { NotableItem } from '../dataset/notable';
import type {
  Award,
  Company,
  DatasetMeta,
  DodContractor,
  ReportedContract,
  WorkerAction,
} from '../dataset/schema';
import type { Report } from '../reports/report';

/** What the hover card shows. Public data only: it goes to content scripts, which sit in pages. */
export interface CompanySummary {
  id: string;
  name: string;
  awardCount: number;
  /** Sum over the company's awards, split by agency. */
  obligatedByAgency: Partial<Record<string, number>>;
  actionCount: number;
  /** Pentagon obligations, when the company is among the 100 largest DoD contractors. */
  dodObligatedUSD: number | null;
  reportedContractCount: number;
  /** The two facts the card leads with, each with its sources. */
  notable: NotableItem[];
}

export interface CompanyDetails {
  company: Company;
  awards: Award[];
  dodContractors: DodContractor[];
  reportedContracts: ReportedContract[];
  actions: WorkerAction[];
  reports: Report[];
  caveats: string[];
}

export interface LoadedDataset {
  key: 'dataset';
  meta: DatasetMeta;
  loadedAt: string;
  /** How long the last load's transaction took, in ms, from its start to its commit. */
  loadMs: number;
  /** The whole load, in ms: reading the packaged file, checking it, and the transaction. */
  totalMs: number;
  counts: {
    companies: number;
    awards: number;
    actions: number;
    dodContractors: number;
    reportedContracts: number;
  };
  /** First and last day the awards and actions cover (absent in loads made before it existed). */
  dateRange?: { from: string; to: string } | null;
}
