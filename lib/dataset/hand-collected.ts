// The hand-collected worker actions and reported contracts as Backstory's records: structured
// facts only (the files' summaries are notes, never shown), each fact kept only where the
// record's own evidence states it. Pure.
import type { Award, ReportedContract, WorkerAction } from './schema';
import { statesAmount, statesCount, statesName, statesYear } from './evidence';

export interface EvidenceExcerpt {
  url: string;
  excerpt: string;
}

export interface HandActionRecord {
  id: string;
  date: string;
  companies: string[];
  targetCompanies: string[];
  kinds: string[];
  workers: number | null;
  sources: string[];
  evidence: EvidenceExcerpt[];
  about?: string[] | null;
}

export interface HandContractRecord {
  id: string;
  company: string;
  customer: string;
  program: string;
  category: 'immigration-enforcement' | 'military' | 'police-surveillance';
  year: string;
  amountUSD: number | null;
  amountIsCeiling: boolean;
  sources: string[];
  evidence: EvidenceExcerpt[];
}

/** A fact a record's evidence does not state: it is not shown. */
export interface UnstatedFact {
  id: string;
  fact: 'workers' | 'amount' | 'year' | 'company';
  value: string;
}

/** "Amazon Web Services (Amazon)" → both names, the outer one first. */
export function namesIn(raw: string): string[] {
  const m = /^(.*?)\s*\(([^)]*)\)\s*$/.exec(raw.trim());
  return m ? [m[1]!.trim(), m[2]!.trim()].filter(Boolean) : [raw.trim()];
}

/** A company id for a raw name, and the names to look for in the evidence. */
export type ResolveName = (raw: string) => { id: string; names: string[] };

export function toHandActions(
  records: readonly HandActionRecord[],
  resolve: ResolveName,
): { actions: WorkerAction[]; unstated: UnstatedFact[] } {
  const unstated: UnstatedFact[] = [];
  const actions = records.map((record): WorkerAction => {
    const excerpts = record.evidence.map((e) => e.excerpt);
    const employers = record.companies.map(resolve);
    const targets = record.targetCompanies.map(resolve);
    const employerIds = new Set(employers.map((c) => c.id));
    let workers = record.workers;
    if (workers !== null && !statesCount(excerpts, workers)) {
      unstated.push({ id: record.id, fact: 'workers', value: String(workers) });
      workers = null;
    }
    const year = record.date.slice(0, 4);
    const dateStated = statesYear(excerpts, record.sources, year);
    if (!dateStated) unstated.push({ id: record.id, fact: 'year', value: year });
    const everyName = [...employers, ...targets].flatMap((c) => c.names);
    if (!statesName(excerpts, everyName))
      unstated.push({ id: record.id, fact: 'company', value: record.companies.join(', ') });
    return {
      id: record.id,
      companyIds: [...new Set([...employerIds, ...targets.map((c) => c.id)])].sort(),
      targetCompanyIds: [...new Set(targets.map((c) => c.id))].filter((id) => !employerIds.has(id)).sort(),
      actedBy: 'workers',
      date: record.date,
      // Kept for the order of the timeline; not shown where the evidence does not state it.
      ...(dateStated ? {} : { dateStated: false }),
      kinds: record.kinds,
      struggles: [],
      workers,
      tags: [],
      about: record.about ?? [],
      summary: '',
      sources: record.sources,
    };
  });
  return { actions, unstated };
}

const CATEGORY: Record<HandContractRecord['category'], ReportedContract['category']> = {
  'immigration-enforcement': 'immigration',
  military: 'military',
  'police-surveillance': 'police-surveillance',
};

export function toHandContracts(
  records: readonly HandContractRecord[],
  resolve: ResolveName,
): { contracts: ReportedContract[]; unstated: UnstatedFact[]; sourceYears: Map<string, string> } {
  const unstated: UnstatedFact[] = [];
  /** The file's own year of each record, for matching it to an award even where it is not shown. */
  const sourceYears = new Map(records.map((r) => [r.id, r.year]));
  const contracts = records.map((record): ReportedContract => {
    const excerpts = record.evidence.map((e) => e.excerpt);
    const company = resolve(record.company);
    let amountUSD = record.amountUSD;
    if (amountUSD !== null && !statesAmount(excerpts, amountUSD)) {
      unstated.push({ id: record.id, fact: 'amount', value: String(amountUSD) });
      amountUSD = null;
    }
    const year = record.year.slice(0, 4);
    const yearStated = statesYear(excerpts, record.sources, year);
    if (!yearStated) unstated.push({ id: record.id, fact: 'year', value: year });
    if (!statesName(excerpts, [...company.names, ...namesIn(record.company)]))
      unstated.push({ id: record.id, fact: 'company', value: record.company });
    return {
      id: record.id,
      companyId: company.id,
      customer: record.customer,
      program: record.program,
      category: CATEGORY[record.category],
      year: yearStated ? record.year : '',
      amountUSD,
      amountIsCeiling: amountUSD !== null && record.amountIsCeiling,
      sharedBy: null,
      summary: '',
      sources: record.sources,
    };
  });
  // One ceiling several companies share (JWCC's $9 billion): said as shared, never as each one's.
  const key = (c: ReportedContract) => `${c.program}|${c.year.slice(0, 4)}|${c.amountUSD}`;
  const counts = new Map<string, number>();
  for (const c of contracts) if (c.amountUSD !== null) counts.set(key(c), (counts.get(key(c)) ?? 0) + 1);
  for (const c of contracts) {
    const n = c.amountUSD !== null ? (counts.get(key(c)) ?? 1) : 1;
    if (n > 1) c.sharedBy = n;
  }
  return { contracts, unstated, sourceYears };
}

const PROGRAM_NOISE = new Set(
  (
    'project cloud contract program system systems services service army government support data ' +
    'software license licence licenses agreement enterprise processing center centre facility ' +
    'immigration detention operations management solution solutions related across agency'
  ).split(' '),
);

/** The distinctive words of a program's name ("Project Nimbus cloud" → nimbus). */
export function programWords(program: string): Set<string> {
  return new Set(
    program
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length >= 5 || (w.length === 4 && /^\p{Lu}/u.test(w)))
      .map((w) => w.toLowerCase())
      .filter((w) => !PROGRAM_NOISE.has(w)),
  );
}

/** Whether two reported contracts are one: same company and a distinctive word of the program in common. */
export function sameReportedContract(a: ReportedContract, b: ReportedContract): boolean {
  if (a.companyId !== b.companyId || a.category !== b.category) return false;
  const words = programWords(a.program);
  return [...programWords(b.program)].some((w) => words.has(w));
}

/** One obligation of an award: the base award or a modification of it. */
export interface AwardAction {
  actionDate: string;
  obligation: number;
}

/**
 * The award in the award data a reported immigration contract is (ImmigrationOS, Paragon,
 * BI, GEO, …): the same company, ICE or CBP as in its customer, active in its year, and its
 * amount within a quarter of the award's, or one of the award's actions within 5 % of it in
 * the reported month (a contract reported as a modification of a larger award), or a
 * distinctive word of its program in the award's description.
 */
export function matchingAward(
  contract: ReportedContract,
  awards: readonly Award[],
  sourceYear: string = contract.year,
  actionsOf: (award: Award) => readonly AwardAction[] = () => [],
): Award | undefined {
  if (contract.category !== 'immigration') return undefined;
  const agency = /\bICE\b|Immigration and Customs/.test(contract.customer)
    ? 'ICE'
    : /\bCBP\b|Customs and Border/.test(contract.customer)
      ? 'CBP'
      : undefined;
  if (!agency) return undefined;
  const year = sourceYear.slice(0, 4);
  const words = programWords(contract.program);
  const candidates = awards.filter((award) => {
    if (award.companyId !== contract.companyId || award.agency !== agency) return false;
    const from = award.firstActionDate?.slice(0, 4) ?? '0000';
    const to = award.lastActionDate?.slice(0, 4) ?? '9999';
    if (year < from || year > to) return false;
    const closeAmount =
      contract.amountUSD !== null &&
      award.obligatedUSD > 0 &&
      Math.abs(award.obligatedUSD - contract.amountUSD) <= 0.25 * contract.amountUSD;
    const month = /^\d{4}-\d{2}/.test(sourceYear) ? sourceYear.slice(0, 7) : undefined;
    const closeAction =
      contract.amountUSD !== null &&
      month !== undefined &&
      actionsOf(award).some(
        (action) =>
          action.actionDate.startsWith(month) &&
          Math.abs(action.obligation - contract.amountUSD!) <= 0.05 * contract.amountUSD!,
      );
    const description = award.description.toLowerCase();
    return closeAmount || closeAction || [...words].some((w) => description.includes(w));
  });
  // The award that starts nearest the reported year, then the nearest in amount.
  const distance = (award: Award) =>
    Math.abs(Number(award.firstActionDate?.slice(0, 4) ?? year) - Number(year)) * 1e12 +
    Math.abs(award.obligatedUSD - (contract.amountUSD ?? award.obligatedUSD));
  return candidates.sort((a, b) => distance(a) - distance(b))[0];
}
