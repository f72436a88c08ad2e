// The two facts a hover card leads with: news-reported contracts first (they are why most
// people know the name), then the largest ICE/CBP award, the Pentagon total, and the most
// recent worker action. Pure.
import { awardPeriod, awardSources } from './award-facts';
import type { Award, DodContractor, ReportedContract, WorkerAction } from './schema';

export interface NotableItem {
  kind: 'reported' | 'award' | 'dod' | 'action';
  /** The words shown, from the record's own fields. */
  text: string;
  amountUSD: number | null;
  /** For a worker action: how many took part, where the source says. */
  workers: number | null;
  /** A year, a fiscal-year span, or an ISO date. */
  when: string;
  sources: string[];
}

export function notableItems(
  record: {
    awards: readonly Award[];
    dodContractors: readonly DodContractor[];
    reportedContracts: readonly ReportedContract[];
  },
  actions: readonly WorkerAction[],
  limit = 2,
): NotableItem[] {
  const items: NotableItem[] = [];
  const apart = record.reportedContracts.filter((r) => !r.awardKey);
  for (const r of apart.sort((a, b) => b.year.localeCompare(a.year))) {
    items.push({
      kind: 'reported',
      text: `${r.program} (${r.customer})`,
      // A cap is not money paid: the card leaves it to the popup, which says "up to".
      amountUSD: r.amountIsCeiling ? null : r.amountUSD,
      workers: null,
      when: r.year,
      sources: r.sources,
    });
  }
  const largest = record.awards.reduce<Award | undefined>(
    (best, a) => (!best || a.obligatedUSD > best.obligatedUSD ? a : best),
    undefined,
  );
  if (largest) {
    items.push({
      kind: 'award',
      text: `${largest.agency}: ${largest.description || largest.productOrService || `award ${largest.awardId}`}`,
      amountUSD: largest.obligatedUSD,
      workers: null,
      when: awardPeriod(largest),
      sources: awardSources(largest),
    });
  }
  for (const d of record.dodContractors) {
    items.push({
      kind: 'dod',
      text: d.topSubAgency,
      amountUSD: d.totalObligatedUSD,
      workers: null,
      when: d.period,
      sources: d.sources,
    });
  }
  const latest = [...actions].sort((a, b) => b.date.localeCompare(a.date))[0];
  if (latest) {
    items.push({
      kind: 'action',
      text: latest.summary || [latest.kinds.join(', '), ...(latest.about ?? [])].join(' — '),
      amountUSD: null,
      workers: latest.workers,
      when: latest.dateStated === false ? '' : latest.date,
      sources: latest.sources,
    });
  }
  return items.slice(0, limit);
}
