// The dataset's headline figures. Pure.
import type { AliasFile, Award, Dataset, WorkerAction } from './schema';
import { awardSources } from './award-facts';

export interface DatasetStats {
  companies: number;
  aliases: number;
  awards: number;
  reportedContracts: number;
  dodContractors: number;
  actions: number;
  /** Distinct source URLs cited by any record. */
  sources: number;
  /** CBP and ICE obligations summed over every award (FY2021+ sums and FY2014–18 values), whole dollars. */
  obligatedUSD: number;
  /** Police-technology records (Atlas of Surveillance, Flock portals, NC survey). */
  policeRecords: number;
  /** Distinct agencies those records name. */
  policeAgencies: number;
  /** Companies with at least one police record. */
  policeVendors: number;
  /** Companies linked to an owner (or, joint ventures, to their owners). */
  parentLinks: number;
  /** The latest day (or month) a worker action is dated. */
  latestActionDate: string | null;
}

export function datasetStats(dataset: Dataset, aliases: AliasFile): DatasetStats {
  const sources = new Set([
    ...dataset.awards.flatMap(awardSources),
    ...[
      ...dataset.actions,
      ...dataset.dodContractors,
      ...dataset.reportedContracts,
      ...dataset.policeRecords,
    ].flatMap((r) => r.sources),
  ]);
  return {
    companies: dataset.companies.length,
    aliases: aliases.aliases.length,
    awards: dataset.awards.length,
    reportedContracts: dataset.reportedContracts.length,
    dodContractors: dataset.dodContractors.length,
    actions: dataset.actions.length,
    sources: sources.size,
    obligatedUSD: Math.round(dataset.awards.reduce((sum, a) => sum + a.obligatedUSD, 0)),
    policeRecords: dataset.policeRecords.length,
    policeAgencies: new Set(dataset.policeRecords.map((r) => r.agencyId)).size,
    policeVendors: new Set(dataset.policeRecords.flatMap((r) => r.companyIds)).size,
    parentLinks: dataset.parentLinks.length,
    latestActionDate: dataset.actions.reduce<string | null>(
      (latest, a) => (!latest || a.date > latest ? a.date : latest),
      null,
    ),
  };
}

/** The first and last day any award or worker action in the dataset covers. */
export function datasetDateRange(dataset: {
  awards: readonly Pick<Award, 'firstActionDate' | 'lastActionDate'>[];
  actions: readonly Pick<WorkerAction, 'date'>[];
}): { from: string; to: string } | null {
  let from = '';
  let to = '';
  const see = (date: string | null) => {
    if (!date) return;
    if (!from || date < from) from = date;
    if (!to || date > to) to = date;
  };
  for (const award of dataset.awards) {
    see(award.firstActionDate);
    see(award.lastActionDate);
  }
  for (const action of dataset.actions) see(action.date);
  return from ? { from, to } : null;
}
