// Shapes raw contract rows into one record per award. Pure: rows in, records out.
import type { Agency, Award } from './schema';

export interface TransactionRow {
  agency: string;
  awardId: string;
  recipientName: string;
  obligation: number;
  actionDate: string;
  modification: string;
  productOrService: string;
  naics: string;
  description: string;
  generatedAwardId: string;
}

export interface TornApartRow {
  awardId: string;
  recipientName: string;
  parentName: string;
  currentTotalValue: number | null;
  naics: string;
  productOrService: string;
  description: string;
}

const round2 = (n: number): number => Math.round(n * 100) / 100;

function asAgency(raw: string): Agency {
  if (raw === 'ICE' || raw === 'CBP') return raw;
  throw new Error(`unknown agency "${raw}"`);
}

/** Same transaction fetched twice (the source was paged) counts once. */
export function dedupeTransactions(rows: readonly TransactionRow[]): TransactionRow[] {
  const seen = new Set<string>();
  return rows.filter((row) => {
    const key = [row.generatedAwardId, row.modification, row.actionDate, row.obligation].join('|');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * One award per Generated Award ID: obligations summed, first and last action dates, and
 * the descriptive fields of the base award (modification 0) or else the earliest action.
 */
export function aggregateTransactions(
  rows: readonly TransactionRow[],
  companyOf: (recipientName: string) => string | undefined,
): Award[] {
  const groups = new Map<string, TransactionRow[]>();
  for (const row of rows) {
    const group = groups.get(row.generatedAwardId);
    if (group) group.push(row);
    else groups.set(row.generatedAwardId, [row]);
  }
  const awards: Award[] = [];
  for (const [generatedAwardId, group] of groups) {
    const sorted = [...group].sort(
      (a, b) => a.actionDate.localeCompare(b.actionDate) || a.modification.localeCompare(b.modification),
    );
    const first = sorted[0]!;
    const last = sorted[sorted.length - 1]!;
    const companyId = companyOf(last.recipientName) ?? companyOf(first.recipientName);
    if (!companyId) continue;
    const base = sorted.find((row) => row.modification === '0') ?? first;
    const describing = base.description ? base : (sorted.find((row) => row.description) ?? base);
    awards.push({
      companyId,
      recipientName: last.recipientName,
      agency: asAgency(first.agency),
      awardId: first.awardId,
      generatedAwardId,
      obligatedUSD: round2(sorted.reduce((sum, row) => sum + row.obligation, 0)),
      firstActionDate: first.actionDate,
      lastActionDate: last.actionDate,
      productOrService: base.productOrService,
      naics: base.naics,
      description: describing.description,
      dataset: 'usaspending',
    });
  }
  return awards;
}

/**
 * Torn Apart lists ICE awards of FY2014–FY2018 with their current total value and a curated
 * parent company. Where the same award id also appears in the USAspending file, its
 * Generated Award ID is kept so that its award page is cited beside Torn Apart.
 */
export function tornApartAwards(
  rows: readonly TornApartRow[],
  companyOf: (recipientName: string, parentName: string) => string | undefined,
  generatedIdByAwardId: ReadonlyMap<string, string>,
): Award[] {
  const awards: Award[] = [];
  for (const row of rows) {
    const companyId = companyOf(row.recipientName, row.parentName);
    if (!companyId) continue;
    awards.push({
      companyId,
      recipientName: row.recipientName,
      agency: 'ICE',
      awardId: row.awardId,
      generatedAwardId: generatedIdByAwardId.get(row.awardId) ?? null,
      obligatedUSD: round2(row.currentTotalValue ?? 0),
      firstActionDate: null,
      lastActionDate: null,
      productOrService: row.productOrService,
      naics: row.naics,
      description: row.description,
      dataset: 'torn-apart',
    });
  }
  return awards;
}
