// Shaping a company's contracts for the popup: sorted, filtered by agency, and summed by
// fiscal year for the chart. Pure.
import { fiscalYear } from './award-facts';
import type { Award, DodContractor } from './schema';

export type AwardSort = 'amount' | 'date';
export type AgencyFilter = 'all' | Award['agency'];
export const CHART_AGENCIES = ['ICE', 'CBP', 'DoD'] as const;
export type ChartAgency = (typeof CHART_AGENCIES)[number];

/** The day an award is dated by: its latest action, or its first when that is all there is. */
const awardDate = (award: Award) => award.lastActionDate ?? award.firstActionDate ?? '';

/** Largest (or newest) first; ties keep a stable order by award id. */
export function sortAwards(awards: readonly Award[], by: AwardSort, ascending = false): Award[] {
  const sign = ascending ? 1 : -1;
  return [...awards].sort((a, b) => {
    const diff =
      by === 'amount'
        ? a.obligatedUSD - b.obligatedUSD
        : awardDate(a) < awardDate(b)
          ? -1
          : awardDate(a) > awardDate(b)
            ? 1
            : 0;
    return sign * diff || (a.awardId < b.awardId ? -1 : a.awardId > b.awardId ? 1 : 0);
  });
}

export function filterAwards(awards: readonly Award[], agency: AgencyFilter): Award[] {
  return agency === 'all' ? [...awards] : awards.filter((a) => a.agency === agency);
}

export interface YearBar {
  fiscalYear: number;
  byAgency: Record<ChartAgency, number>;
  total: number;
}

/**
 * Obligations by fiscal year and agency. An ICE or CBP award counts in the fiscal year of
 * its first action (the sources give one total per award, not its yearly split); the
 * Pentagon's figures are yearly in the source. Awards without a date are counted apart.
 */
export function obligationsByFiscalYear(
  awards: readonly Award[],
  dodContractors: readonly DodContractor[],
): { bars: YearBar[]; undated: number } {
  const years = new Map<number, YearBar>();
  const bar = (year: number) => {
    let found = years.get(year);
    if (!found) {
      found = { fiscalYear: year, byAgency: { ICE: 0, CBP: 0, DoD: 0 }, total: 0 };
      years.set(year, found);
    }
    return found;
  };
  let undated = 0;
  for (const award of awards) {
    const date = award.firstActionDate ?? award.lastActionDate;
    if (!date) {
      undated++;
      continue;
    }
    const target = bar(fiscalYear(date));
    target.byAgency[award.agency] += award.obligatedUSD;
    target.total += award.obligatedUSD;
  }
  for (const contractor of dodContractors) {
    for (const { fiscalYear: year, amountUSD } of contractor.yearly) {
      const target = bar(year);
      target.byAgency.DoD += amountUSD;
      target.total += amountUSD;
    }
  }
  return { bars: [...years.values()].sort((a, b) => a.fiscalYear - b.fiscalYear), undated };
}
