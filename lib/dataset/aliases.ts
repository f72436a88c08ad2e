// The names people write for each company: generated from its resolved spellings, plus a
// curated list. A name a reader could take for something else (a common word, a name, a
// place: ambiguity.ts) is marked ambiguous, and needs evidence on the page; one made only of
// generic business words ("Global Services") is dropped, as it would mark ordinary text. Pure.
import type { Ambiguity } from './ambiguity';
import type { Alias } from './schema';
import { displayCase, GENERIC_WORDS, withoutLegalForm } from './resolve';

export interface AliasSource {
  id: string;
  name: string;
  recipientNames: readonly string[];
  weight: number;
}

export interface DroppedAlias {
  text: string;
  companyId: string;
  reason: 'generic' | 'too short' | 'taken by a larger company';
}

const wordsOf = (text: string): string[] => text.split(/\s+/).filter(Boolean);
const bare = (word: string): string => word.toLowerCase().replace(/[^\p{L}\p{N}&]/gu, '');

/** Whether an alias needs evidence, and why (lib/dataset/ambiguity.ts with the build's lists). */
export type JudgeAmbiguity = (text: string) => Ambiguity;

export function aliasVerdict(
  text: string,
  judge: JudgeAmbiguity,
): { keep: false; reason: 'generic' | 'too short' } | { keep: true; ambiguity: Ambiguity } {
  const letters = text.replace(/[^\p{L}\p{N}]/gu, '');
  if (letters.length < 3) return { keep: false, reason: 'too short' };
  const words = wordsOf(text);
  if (words.every((w) => GENERIC_WORDS.has(bare(w)) || bare(w).length <= 1 || /^\d+$/.test(bare(w)))) {
    return { keep: false, reason: 'generic' };
  }
  return { keep: true, ambiguity: judge(text) };
}

/** The alias record: `because` says why an ambiguous name needs evidence. */
function aliasOf(text: string, companyId: string, ambiguity: Ambiguity): Alias {
  return ambiguity.ambiguous
    ? { text, companyId, ambiguous: true, because: ambiguity.because }
    : { text, companyId, ambiguous: false };
}

export function generateAliases(
  companies: readonly AliasSource[],
  curated: ReadonlyMap<string, readonly { text: string }[]>,
  judge: JudgeAmbiguity,
): { aliases: Alias[]; dropped: DroppedAlias[] } {
  const dropped: DroppedAlias[] = [];
  const best = new Map<string, { alias: Alias; weight: number; curated: boolean }>();
  const offer = (alias: Alias, weight: number, isCurated: boolean) => {
    const held = best.get(alias.text);
    // A curated alias wins over a generated one; else the company with more money behind it.
    const wins =
      !held || (isCurated && !held.curated) || (isCurated === held.curated && weight > held.weight);
    if (held && held.alias.companyId === alias.companyId) {
      if (isCurated && !held.curated) best.set(alias.text, { alias, weight, curated: true });
      return;
    }
    if (wins) {
      if (held)
        dropped.push({
          text: held.alias.text,
          companyId: held.alias.companyId,
          reason: 'taken by a larger company',
        });
      best.set(alias.text, { alias, weight, curated: isCurated });
    } else {
      dropped.push({ text: alias.text, companyId: alias.companyId, reason: 'taken by a larger company' });
    }
  };

  for (const company of companies) {
    const curatedAliases = curated.get(company.id);
    for (const a of curatedAliases ?? []) {
      offer(aliasOf(a.text, company.id, judge(a.text)), company.weight, true);
    }
    if (curatedAliases) continue; // a curated company's names are chosen by hand
    const candidates = new Set([
      company.name,
      ...company.recipientNames.map((n) => withoutLegalForm(displayCase(n))),
    ]);
    for (const raw of candidates) {
      const text = raw.replace(/\s+/g, ' ').trim();
      const verdict = aliasVerdict(text, judge);
      if (!verdict.keep) {
        dropped.push({ text, companyId: company.id, reason: verdict.reason });
        continue;
      }
      offer(aliasOf(text, company.id, verdict.ambiguity), company.weight, false);
    }
  }
  const aliases = [...best.values()].map((b) => b.alias);
  aliases.sort((a, b) => (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
  return { aliases, dropped };
}
