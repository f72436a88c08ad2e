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
  /** The names of its owner, where it is a unit of another company ("General Dynamics"). */
  ownerNames?: readonly string[];
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

/** Words after a name that say what trade it is in, not who: "Axon Enterprise", "Sikorsky Aircraft". */
const TRADE_TAILS = new Set([...GENERIC_WORDS, 'aircraft']);

/**
 * The short name people write for a two-word name whose second word is a trade ("Axon" of
 * "Axon Enterprise", "Rapiscan" of "Rapiscan Systems"). Kept only where the lists say it is
 * no word, name or place: a short name needing evidence would mark ordinary text too often.
 */
function shortName(name: string): string | undefined {
  const words = wordsOf(name);
  if (words.length !== 2 || !TRADE_TAILS.has(bare(words[1]!))) return undefined;
  const first = words[0]!;
  return bare(first).length >= 4 && !GENERIC_WORDS.has(bare(first)) ? first : undefined;
}

/**
 * A name that is its owner's name and more words names the unit and nothing else ("General
 * Dynamics Land Systems"), however ordinary each word.
 */
function ownerPrefixed(
  text: string,
  owners: readonly string[],
): { keep: true; ambiguity: Ambiguity } | undefined {
  return owners.some((owner) => text.startsWith(`${owner} `) && wordsOf(text).length > wordsOf(owner).length)
    ? { keep: true, ambiguity: { ambiguous: false } }
    : undefined;
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

  // Every name some company is known by: a short name may not be one of them.
  const taken = new Set<string>();
  for (const company of companies) {
    for (const a of curated.get(company.id) ?? []) taken.add(a.text);
    taken.add(company.name);
    for (const n of company.recipientNames) taken.add(withoutLegalForm(displayCase(n)));
  }
  for (const company of companies) {
    const curatedAliases = curated.get(company.id);
    for (const a of curatedAliases ?? []) {
      offer(aliasOf(a.text, company.id, judge(a.text)), company.weight, true);
    }
    if (curatedAliases) continue; // a curated company's names are chosen by hand
    const own = [company.name, ...company.recipientNames.map((n) => withoutLegalForm(displayCase(n)))];
    const owners = company.ownerNames ?? [];
    // People write a unit with its owner's name before it: "General Dynamics Electric Boat".
    // Units only: across all 5,000 recipients short names mark places and words the lists
    // miss ("Northland", "Malta", "Sundance"; 9 wrong marks on the saved pages).
    const short =
      owners.length > 0
        ? own.map(shortName).filter((n): n is string => n !== undefined && !taken.has(n))
        : [];
    // "Lockheed Martin Sikorsky"; not where the unit's name holds the owner's already
    // ("Bell Textron", "Elbitamerica").
    const withOwner = owners
      .filter((owner) => !company.name.toLowerCase().includes(wordsOf(owner)[0]!.toLowerCase()))
      .flatMap((owner) => [company.name, ...short].map((name) => `${owner} ${name}`));
    for (const raw of new Set([...own, ...withOwner, ...short])) {
      const text = raw.replace(/\s+/g, ' ').trim();
      const verdict = ownerPrefixed(text, owners) ?? aliasVerdict(text, judge);
      // A short name is offered only where it can stand for nothing else.
      if (short.includes(text) && !own.includes(text) && (!verdict.keep || verdict.ambiguity.ambiguous))
        continue;
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
