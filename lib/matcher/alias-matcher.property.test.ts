// The compiled matcher against a naive oracle that tries every alias at every position,
// character by character: at least 10,000 random cases must give identical matches.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isWhiteSpaceCode, normaliseAliasText } from './automaton';
import { matcherFromAliases } from './dictionary';
import { isWordChar } from './word';

const SHY = '\u00ad';

interface OracleMatch {
  start: number;
  end: number;
  alias: number;
}

/** Every end at which `alias` matches text at `start`, or none. */
function endsAt(text: string, start: number, alias: string): number[] {
  let j = start;
  for (let k = 0; k < alias.length; k++) {
    if (k > 0) while (j < text.length && text[j] === SHY) j++;
    if (j >= text.length) return [];
    if (alias[k] === ' ') {
      if (!isWhiteSpaceCode(text.charCodeAt(j))) return [];
      while (j < text.length && isWhiteSpaceCode(text.charCodeAt(j))) j++;
    } else {
      if (text[j] !== alias[k]) return [];
      j++;
    }
  }
  const ends = [j];
  while (j < text.length && text[j] === SHY) ends.push(++j);
  return ends;
}

const boundary = (text: string, at: number): boolean =>
  at <= 0 || at >= text.length || !(isWordChar(text.charCodeAt(at - 1)) && isWordChar(text.charCodeAt(at)));

function oracle(text: string, aliases: readonly string[]): OracleMatch[] {
  const normalised = aliases.map(normaliseAliasText);
  const matches: OracleMatch[] = [];
  let i = 0;
  while (i < text.length) {
    let best: OracleMatch | undefined;
    if (boundary(text, i)) {
      normalised.forEach((alias, index) => {
        if (alias === '' || normalised.indexOf(alias) !== index) return; // first of equal aliases wins
        for (const end of endsAt(text, i, alias)) {
          if (boundary(text, end) && (!best || end > best.end)) best = { start: i, end, alias: index };
        }
      });
    }
    if (best) {
      matches.push(best);
      i = best.end;
    } else i++;
  }
  return matches;
}

// Han, kana and Hangul end a Latin word without a space.
const alphabet = [
  'A',
  'B',
  'a',
  'b',
  'é',
  '1',
  '.',
  "'",
  ' ',
  '\n',
  '\u00a0',
  SHY,
  '-',
  '𝒜',
  '日',
  'の',
  '한',
];
const char = fc.constantFrom(...alphabet);
const aliasText = fc
  .array(fc.constantFrom('A', 'B', 'a', 'b', 'é', '1', '.', ' ', '-', "'"), { minLength: 1, maxLength: 5 })
  .map((c) => c.join(''));
const text = fc.array(char, { maxLength: 60 }).map((c) => c.join(''));

describe('AliasMatcher against a naive oracle', () => {
  it('finds exactly what trying every alias at every position finds', () => {
    fc.assert(
      fc.property(fc.array(aliasText, { minLength: 1, maxLength: 12 }), text, (aliases, sample) => {
        const matcher = matcherFromAliases(
          aliases.map((t, i) => ({ text: t, companyId: `c${i}`, ambiguous: false })),
        );
        const got = matcher
          .findAll(sample)
          .map((m) => ({ start: m.start, end: m.end, alias: Number(m.alias.companyId.slice(1)) }));
        expect(got).toEqual(oracle(sample, aliases));
      }),
      { numRuns: 10_000 },
    );
  }, 120_000);
});
