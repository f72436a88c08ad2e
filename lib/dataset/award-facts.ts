// Facts about an award that follow from its fields: its key, its period, what its amount
// means, and its source links. Pure.
import type { Award } from './schema';

export const USASPENDING_AWARD_URL = 'https://www.usaspending.gov/award/';
export const TORN_APART_URL = 'http://xpmethod.plaintext.in/torn-apart/';

export function usaspendingAwardUrl(generatedAwardId: string): string {
  return USASPENDING_AWARD_URL + encodeURIComponent(generatedAwardId);
}

/** Unique across the dataset. */
export function awardKey(award: Award): string {
  return award.dataset === 'usaspending' && award.generatedAwardId
    ? award.generatedAwardId
    : `torn:${award.awardId}`;
}

/** Fiscal year of an ISO date: the US federal year starts on 1 October. */
export function fiscalYear(isoDate: string): number {
  const year = Number(isoDate.slice(0, 4));
  const month = Number(isoDate.slice(5, 7));
  return month >= 10 ? year + 1 : year;
}

export function awardPeriod(award: Award): string {
  if (award.dataset === 'torn-apart' || !award.firstActionDate || !award.lastActionDate)
    return 'FY2014–FY2018';
  const from = fiscalYear(award.firstActionDate);
  const to = fiscalYear(award.lastActionDate);
  return from === to ? `FY${from}` : `FY${from}–FY${to}`;
}

/** Where the award's facts come from: its USAspending page, and Torn Apart for its rows. */
export function awardSources(award: Award): string[] {
  const page = award.generatedAwardId ? [usaspendingAwardUrl(award.generatedAwardId)] : [];
  return award.dataset === 'torn-apart' ? [TORN_APART_URL, ...page] : page;
}
