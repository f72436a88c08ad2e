// Finds every alias in a text with the compiled automaton: case-sensitive, on Unicode word
// boundaries, leftmost-longest. A space in an alias matches any run of white space (names
// broken by a line), and soft hyphens inside a name are skipped. Matches start only where
// a word starts, so the scan's common case is two table reads per character.
// Pure: no DOM, no browser API.
import { SOFT_HYPHEN, SPACE_CLASS, WHITE_SPACE_CODES, type CompiledAutomaton } from './automaton';

export interface MatcherAlias {
  companyId: string;
  ambiguous: boolean;
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
  private readonly rootChild: Int32Array;
  private readonly childStart: Uint32Array;
  private readonly label: Uint8Array;
  private readonly terminal: Int32Array;
  private readonly aliases: MatcherAlias[];

  constructor(automaton: CompiledAutomaton, companyIds: readonly string[]) {
    const { classCodes, wordBits, childStart, label, terminals } = automaton;
    for (let i = 0; i < classCodes.length; i++) this.classOf[classCodes[i]!] = i + 2;
    for (const code of WHITE_SPACE_CODES) this.classOf[code] = SPACE_CLASS;
    for (let code = 0; code < 0x10000; code++) this.word[code] = (wordBits[code >> 3]! >> (code & 7)) & 1;
    this.childStart = childStart;
    this.label = label;
    this.rootChild = new Int32Array(classCodes.length + 2);
    for (let s = childStart[0]!; s < childStart[1]!; s++) this.rootChild[label[s]!] = s;
    this.terminal = new Int32Array(label.length).fill(-1);
    for (let i = 0; i < terminals.length; i += 2) this.terminal[terminals[i]!] = terminals[i + 1]!;
    this.aliases = Array.from(automaton.aliasCompany, (companyIndex, i) => {
      const companyId = companyIds[companyIndex];
      if (companyId === undefined)
        throw new Error(`automaton: alias ${i} names company ${companyIndex}, which is unknown`);
      return { companyId, ambiguous: automaton.aliasAmbiguous[i] === 1 };
    });
  }

  findAll(text: string): AliasMatch[] {
    const matches: AliasMatch[] = [];
    const { classOf, word, rootChild } = this;
    const n = text.length;
    let previousIsWord = 0;
    let i = 0;
    while (i < n) {
      const code = text.charCodeAt(i);
      const isWord = word[code]!;
      if ((previousIsWord & isWord) === 0) {
        const state = rootChild[classOf[code]!]!;
        if (state > 0 && this.longestFrom(text, i + 1, state)) {
          matches.push({ start: i, end: this.matchEnd, alias: this.aliases[this.matchAlias]! });
          i = this.matchEnd;
          previousIsWord = word[text.charCodeAt(i - 1)]!;
          continue;
        }
      }
      previousIsWord = isWord;
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
      let next = 0;
      for (let s = childStart[state]!, end = childStart[state + 1]!; s < end; s++) {
        if (label[s] === cls) {
          next = s;
          break;
        }
      }
      if (next === 0) return found;
      state = next;
      pos++;
    }
  }
}
