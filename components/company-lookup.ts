// Finding companies by what a person types: the report form's autocomplete and the popup's
// search. Pure.

import { foldForSearch } from '../lib/dataset/fold';

export interface CompanyEntry {
  id: string;
  name: string;
}

const fold = (text: string) => foldForSearch(text).trim();

/** The company whose name is exactly what was typed (ignoring case and accents). */
export function companyNamed(companies: readonly CompanyEntry[], typed: string): CompanyEntry | undefined {
  const wanted = fold(typed);
  if (!wanted) return undefined;
  return companies.find((c) => fold(c.name) === wanted);
}

/**
 * Companies whose name contains every typed word: names starting with the query first, then
 * names with a word starting with it, then the rest, each group alphabetical.
 */
export function searchCompanies(
  companies: readonly CompanyEntry[],
  query: string,
  limit = 50,
): CompanyEntry[] {
  const wanted = fold(query);
  if (!wanted) return [];
  const words = wanted.split(/\s+/);
  const wordStart = new RegExp(`\\b${escapeRegExp(words[0]!)}`);
  const scored: { entry: CompanyEntry; rank: number }[] = [];
  for (const entry of companies) {
    const name = fold(entry.name);
    if (!words.every((w) => name.includes(w))) continue;
    const rank = name.startsWith(wanted) ? 0 : wordStart.test(name) ? 1 : 2;
    scored.push({ entry, rank });
  }
  return scored
    .sort((a, b) => a.rank - b.rank || a.entry.name.localeCompare(b.entry.name, 'en'))
    .slice(0, limit)
    .map((s) => s.entry);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
