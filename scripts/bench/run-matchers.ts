import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { decodeDatasetFile } from '../../lib/dataset/file.ts';
import { parseAliasFile } from '../../lib/dataset/schema.ts';
import { loadDictionary, matcherFromAliases } from '../../lib/matcher/dictionary.ts';
import { readDictionaryFile } from '../scan.ts';
import { REPO_ROOT } from '../shared-dir.ts';
import { charCodeFloor, markJs, oneRegex, perNameRegex } from './matchers.ts';
import type { PageText } from './texts.ts';
import { bestMs, mbps } from './timing.ts';

export interface MatcherFigures {
  rows: [string, string, string][];
  matcherMBps: number;
  floorMBps: number;
  dict10kOver200: number;
  vsMarkjs: number;
  vsPerNameRegex: number;
  vsOneRegex: number;
}

/** Distinct names for the 200- and 10,000-name dictionaries: aliases, then recipient spellings. */
function nameLists(): { all: string[]; aliasTexts: string[] } {
  const aliases = parseAliasFile(JSON.parse(readFileSync(resolve(REPO_ROOT, 'data/aliases.json'), 'utf8')));
  const dataset = decodeDatasetFile(
    JSON.parse(readFileSync(resolve(REPO_ROOT, 'data/dataset.json'), 'utf8')),
  );
  const aliasTexts = aliases.aliases.map((a) => a.text);
  const all = [...new Set([...aliasTexts, ...dataset.companies.flatMap((c) => c.recipientNames)])];
  return { all, aliasTexts };
}

const asAliases = (names: readonly string[]) =>
  names.map((text, i) => ({ text, companyId: `n${i}`, ambiguous: false }));

export function benchMatchers(pages: readonly PageText[], rounds: number): MatcherFigures {
  const texts = pages.map((p) => p.text);
  const chars = texts.reduce((n, t) => n + t.length, 0);
  // The slow baselines read a slice of the same text, enough for a steady rate.
  const sliceChars = Math.min(100_000, chars);
  const slice = [texts.join('\n').slice(0, sliceChars)];
  const { all, aliasTexts } = nameLists();
  const step = Math.floor(aliasTexts.length / 200);
  const names200 = aliasTexts.filter((_, i) => i % step === 0).slice(0, 200);
  const names10k = all.slice(0, 10_000);
  if (names10k.length < 10_000)
    throw new Error(`only ${names10k.length} distinct names for the 10,000-name dictionary`);

  const full = loadDictionary(readDictionaryFile()).matcher;
  const m200 = matcherFromAliases(asAliases(names200));
  const m10k = matcherFromAliases(asAliases(names10k));
  const runAll = (m: typeof full) => () => texts.forEach((t) => m.findAll(t));

  // Interleaved rounds, best of each: the machine's noise hits every contender alike.
  let floorMs = Infinity;
  let fullMs = Infinity;
  let ms200 = Infinity;
  let ms10k = Infinity;
  for (let round = 0; round < rounds; round++) {
    floorMs = Math.min(
      floorMs,
      bestMs(() => charCodeFloor(texts), 1),
    );
    fullMs = Math.min(fullMs, bestMs(runAll(full), 1));
    ms200 = Math.min(ms200, bestMs(runAll(m200), 1));
    ms10k = Math.min(ms10k, bestMs(runAll(m10k), 1));
  }
  let compileMs = performance.now();
  const one = oneRegex(aliasTexts);
  compileMs = performance.now() - compileMs;
  const oneMs = bestMs(() => one(slice), 1);
  const perName = perNameRegex(aliasTexts);
  const perNameMs = bestMs(() => perName(slice), 1);
  const mark = markJs(aliasTexts, slice);
  const markMs = bestMs(mark, 1);

  const matcherMBps = mbps(chars, fullMs);
  const row = (what: string, ms: number, of: number): [string, string, string] => [
    what,
    `${mbps(of, ms).toFixed(1)} MB/s`,
    `${(matcherMBps / mbps(of, ms)).toFixed(2)}×`,
  ];
  return {
    rows: [
      row('charCodeAt loop (floor)', floorMs, chars),
      row(`Backstory matcher, full dictionary (${aliasTexts.length} aliases)`, fullMs, chars),
      row('Backstory matcher, 200 names', ms200, chars),
      row('Backstory matcher, 10,000 names', ms10k, chars),
      row(
        `one RegExp of all aliases (compile ${compileMs.toFixed(0)} ms; ${(sliceChars / 1e6).toFixed(2)} MB slice)`,
        oneMs,
        sliceChars,
      ),
      row(`one RegExp per name (${(sliceChars / 1e6).toFixed(2)} MB slice)`, perNameMs, sliceChars),
      row(`mark.js under jsdom (${(sliceChars / 1e6).toFixed(2)} MB slice)`, markMs, sliceChars),
    ],
    matcherMBps,
    floorMBps: mbps(chars, floorMs),
    dict10kOver200: ms10k / ms200,
    vsMarkjs: matcherMBps / mbps(sliceChars, markMs),
    vsPerNameRegex: matcherMBps / mbps(sliceChars, perNameMs),
    vsOneRegex: matcherMBps / mbps(sliceChars, oneMs),
  };
}
