// Finds every alias in a text with the compiled automaton: case-sensitive, on Unicode word
// boundaries, leftmost-longest. A space in an alias matches any run of white space (names
// broken by a line), and soft hyphens inside a name are skipped. Matches start only where
// a word starts, so the scan's common case is two table reads per character; a word that
// could start one is first looked up in a hashed set of the aliases' first words.
// Pure: no DOM, no browser API.
import {
  AMBIGUOUS_FLAG,
  MAIN_NAME_FLAG,
  SPACE_CLASS,
  WHITE_SPACE_CODES,
  type CompiledAutomaton,
} from './automaton';
import { SOFT_HYPHEN } from './word';

export interface MatcherAlias {
  companyId: string;
  ambiguous: boolean;
  /** The company's own name ("Amazon"), not one of its products or units ("Ring"). */
  mainName: boolean;
}

export interface AliasMatch {
  start: number;
  /** Exclusive. */
  end: number;
  alias: MatcherAlias;
}

export class AliasMatcher {
  private readonly classOf = new Uint8Array(0x10000);
  private readonly word = new Uint8Array(0x10000);
  /**
   * Per char code, the scan's one table read: (state reached from the root) << 1 | is-word.
   * A value above 1 means an alias can start with this character.
   */
  private readonly start = new Int32Array(0x10000);
  /**
   * secondStep[(s - 1) * classes + c] is 1 when root child s can go on with class c, or ends
   * an alias, so that most walks that would fail on their second character are never begun.
   */
  private readonly secondStep: Uint8Array;
  private readonly classes: number;
  private readonly childStart: Uint32Array;
  private readonly label: Uint8Array;
  private readonly terminal: Int32Array;

  constructor(automaton: CompiledAutomaton, companyIds: readonly string[]) {
    // Built with native fills and short loops only: this runs cold at every background start.
    const { classCodes, wordRuns, childStart, label, terminals } = automaton;
    for (let i = 0; i < wordRuns.length; i += 2) this.word.fill(1, wordRuns[i]!, wordRuns[i + 1]!);
    for (let i = 0; i < classCodes.length; i++) this.classOf[classCodes[i]!] = i + 2;
    for (const code of WHITE_SPACE_CODES) this.classOf[code] = SPACE_CLASS;
    this.childStart = childStart;
    this.label = label;
    for (let i = 0; i < wordRuns.length; i += 2) this.start.fill(1, wordRuns[i]!, wordRuns[i + 1]!);
    for (let s = childStart[0]!; s < childStart[1]!; s++) {
      const cls = label[s]!;
      const code = cls === SPACE_CLASS ? -1 : classCodes[cls - 2]!;
      if (code >= 0) this.start[code] = (s << 1) | this.word[code]!;
      else for (const ws of WHITE_SPACE_CODES) this.start[ws] = s << 1;
    }
    this.classes = classCodes.length + 2;
    const rootChildren = childStart[1]! - childStart[0]!;
    this.secondStep = new Uint8Array(rootChildren * this.classes);
    this.terminal = new Int32Array(label.length).fill(-1);
    for (let i = 0; i < terminals.length; i += 2) {
      const state = terminals[i]!;
      this.terminal[state] = terminals[i + 1]!;
      // A one-character alias may match whatever follows.
      if (state <= rootChildren) this.secondStep.fill(1, (state - 1) * this.classes, state * this.classes);
    }
    for (let s = 1; s <= rootChildren; s++) {
      const row = (s - 1) * this.classes;
      for (let c = childStart[s]!; c < childStart[s + 1]!; c++) this.secondStep[row + label[c]!] = 1;
    }
    this.firstWords = firstWordSet(childStart, label, this.terminal, classCodes, this.word);
    this.aliasCompany = automaton.aliasCompany;
    this.aliasFlags = automaton.aliasFlags;
    this.companyIds = companyIds;
  }

  /** A hashed set of the aliases' first words (see `firstWordSet`). */
  private readonly firstWords: Uint8Array;
  private readonly aliasCompany: Uint16Array;
  private readonly aliasFlags: Uint8Array;
  private readonly companyIds: readonly string[];
  /** Alias objects are made the first time an alias matches: most never do. */
  private readonly aliasCache = new Map<number, MatcherAlias>();

  private alias(index: number): MatcherAlias {
    let alias = this.aliasCache.get(index);
    if (!alias) {
      const companyId = this.companyIds[this.aliasCompany[index]!];
      if (companyId === undefined) throw new Error(`automaton: alias ${index} names an unknown company`);
      const flags = this.aliasFlags[index]!;
      alias = {
        companyId,
        ambiguous: (flags & AMBIGUOUS_FLAG) !== 0,
        mainName: (flags & MAIN_NAME_FLAG) !== 0,
      };
      this.aliasCache.set(index, alias);
    }
    return alias;
  }

  findAll(text: string): AliasMatch[] {
    const matches: AliasMatch[] = [];
    const { start, word, classOf, secondStep, classes, firstWords } = this;
    const n = text.length;
    let previousIsWord = 0;
    let i = 0;
    while (i < n) {
      // The scan proper, a loop that only moves forward (V8 compiles it tighter than one
      // whose index is also set from inside; docs/performance.md). Inside a word (this
      // and the previous character both word characters) no alias can start: the mask
      // zeroes the entry without a branch, leaving one rarely-taken test per character.
      let entry = 0;
      let candidate = 0;
      for (; i < n; i++) {
        entry = start[text.charCodeAt(i)]!;
        candidate = entry & ((previousIsWord & entry) - 1);
        if (candidate > 1) break;
        previousIsWord = entry & 1;
      }
      if (i >= n) break;
      // A start must have a next character that can follow (or none, or a soft hyphen,
      // which always might).
      if (
        i + 1 === n ||
        secondStep[((candidate >> 1) - 1) * classes + classOf[text.charCodeAt(i + 1)]!] === 1 ||
        text.charCodeAt(i + 1) === SOFT_HYPHEN
      ) {
        if (entry & 1) {
          // The word that starts here must be some alias's first word: most capitalised
          // words are not, and are passed whole without a walk through the automaton (which
          // costs several times more). A soft hyphen in the word leaves it to the walk.
          let hash = 0;
          let end = i;
          for (; end < n; end++) {
            const code = text.charCodeAt(end);
            if (code === SOFT_HYPHEN) {
              hash = SOFT_HYPHEN_SEEN;
              break;
            }
            if (word[code] === 0) break;
            hash = Math.imul(hash ^ code, HASH_MULTIPLIER);
          }
          if (hash !== SOFT_HYPHEN_SEEN && !inHashSet(firstWords, hash)) {
            i = end;
            previousIsWord = 1;
            continue;
          }
        }
        if (this.longestFrom(text, i + 1, candidate >> 1)) {
          matches.push({ start: i, end: this.matchEnd, alias: this.alias(this.matchAlias) });
          i = this.matchEnd;
          previousIsWord = word[text.charCodeAt(i - 1)]!;
          continue;
        }
      }
      previousIsWord = entry & 1;
      i++;
    }
    return matches;
  }

  private matchEnd = 0;
  private matchAlias = 0;

  /** Walks from `state` at `pos`; records the longest alias that ends on a word boundary. */
  private longestFrom(text: string, pos: number, state: number): boolean {
    const { classOf, word, childStart, label, terminal } = this;
    const n = text.length;
    let found = false;
    for (;;) {
      const alias = terminal[state]!;
      if (alias >= 0 && (pos >= n || (word[text.charCodeAt(pos - 1)]! & word[text.charCodeAt(pos)]!) === 0)) {
        this.matchEnd = pos;
        this.matchAlias = alias;
        found = true;
      }
      if (pos >= n) return found;
      const code = text.charCodeAt(pos);
      if (code === SOFT_HYPHEN) {
        pos++;
        continue;
      }
      const cls = classOf[code]!;
      if (cls === 0) return found;
      if (cls === SPACE_CLASS) while (pos + 1 < n && classOf[text.charCodeAt(pos + 1)] === SPACE_CLASS) pos++;
      // Children are sorted by class: binary search where there are many, a scan where few.
      let low = childStart[state]!;
      let high = childStart[state + 1]!;
      let next = 0;
      while (high - low > 6) {
        const mid = (low + high) >>> 1;
        const midLabel = label[mid]!;
        if (midLabel < cls) low = mid + 1;
        else if (midLabel > cls) high = mid;
        else {
          low = mid;
          high = mid + 1;
        }
      }
      for (; low < high; low++) {
        if (label[low] === cls) {
          next = low;
          break;
        }
      }
      if (next === 0) return found;
      state = next;
      pos++;
    }
  }
}

const HASH_MULTIPLIER = 0x9e3779b1;
/** Not a hash `Math.imul` can give for a word here (it would only cost a walk if it were). */
const SOFT_HYPHEN_SEEN = 0x7fffffff;
const HASH_SET_BITS = 1 << 18;

function bitOf(hash: number): number {
  return (hash ^ (hash >>> 16)) & (HASH_SET_BITS - 1);
}

function inHashSet(set: Uint8Array, hash: number): boolean {
  // bitOf written out: on the matcher's hot path the call measured slower (0.37 vs 0.40 of
  // the floor, Node 20).
  const bit = (hash ^ (hash >>> 16)) & (HASH_SET_BITS - 1);
  return (set[bit >> 3]! & (1 << (bit & 7))) !== 0;
}

function addToHashSet(set: Uint8Array, hash: number): void {
  const bit = bitOf(hash);
  set[bit >> 3]! |= 1 << (bit & 7);
}

/**
 * The aliases' first words — the run of word characters an alias starts with, up to its
 * first other character or its end — hashed into a bit set of 32 KB (a smaller one fills up
 * with a large dictionary; docs/performance.md). An alias can match
 * only where the text's word is exactly its first word (a longer word has no boundary where
 * the alias's ends); a collision costs a needless walk, never a missed match.
 */
function firstWordSet(
  childStart: Uint32Array,
  label: Uint8Array,
  /** Per state, the alias that ends there, or -1. */
  terminal: Int32Array,
  classCodes: Uint16Array,
  word: Uint8Array,
): Uint8Array {
  const set = new Uint8Array(HASH_SET_BITS >> 3);
  const wordCode = (cls: number): number => {
    const code = cls >= 2 ? classCodes[cls - 2]! : -1;
    return code >= 0 && word[code] === 1 ? code : -1;
  };
  // Depth first through the word-character edges from the root, hashing as the matcher does.
  const stack: number[] = [];
  for (let s = childStart[0]!; s < childStart[1]!; s++) {
    const code = wordCode(label[s]!);
    if (code >= 0) stack.push(s, Math.imul(code, HASH_MULTIPLIER));
  }
  while (stack.length > 0) {
    const hash = stack.pop()!;
    const state = stack.pop()!;
    let wordEnds = terminal[state]! >= 0;
    for (let child = childStart[state]!; child < childStart[state + 1]!; child++) {
      const code = wordCode(label[child]!);
      if (code >= 0) stack.push(child, Math.imul(hash ^ code, HASH_MULTIPLIER));
      else wordEnds = true;
    }
    if (wordEnds) addToHashSet(set, hash);
  }
  return set;
}
