// The alias dictionary compiled into a compact automaton: a trie whose states are numbered
// breadth-first so that each state's children are consecutive (no edge-target array), over
// character classes (only characters used by some alias get one), with a precomputed
// Unicode word-character bitset. Compiled once by the data build; the background only reads it.
// Pure: no DOM, no browser API.
import { isWordChar } from './word';

export interface CompileAlias {
  text: string;
  companyIndex: number;
  ambiguous: boolean;
  /** The alias is the company's own name ("Amazon"), not a product or unit ("Ring"). */
  mainName?: boolean;
}

export const AMBIGUOUS_FLAG = 1;
export const MAIN_NAME_FLAG = 2;

export interface CompiledAutomaton {
  /** Char code of each class, from class 2 on (0: no alias uses it; 1: white space). */
  classCodes: Uint16Array;
  /** childStart[s]..childStart[s+1] are the states reached from state s. */
  childStart: Uint32Array;
  /** The class on the edge into each state. */
  label: Uint8Array;
  /** Pairs (state, alias index) for the states where an alias ends. */
  terminals: Uint32Array;
  aliasCompany: Uint16Array;
  /** AMBIGUOUS_FLAG | MAIN_NAME_FLAG per alias. */
  aliasFlags: Uint8Array;
  /**
   * Pairs [from, to) of the char codes that continue a word (letters, digits, marks, "_",
   * soft hyphen, surrogates): a few hundred runs, applied on load with native fills.
   */
  wordRuns: Uint32Array;
}

export const SPACE_CLASS = 1;

/** The white space a name may be broken by: spaces, tabs, line breaks, no-break spaces. */
export const WHITE_SPACE_CODES: readonly number[] = [
  0x09, 0x0a, 0x0c, 0x0d, 0x20, 0xa0, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008,
  0x2009, 0x200a, 0x202f, 0x3000,
];
const WHITE_SPACE = new Set(WHITE_SPACE_CODES);

export function isWhiteSpaceCode(code: number): boolean {
  return WHITE_SPACE.has(code);
}

let wordRunsCache: Uint32Array | undefined;

/** Runs of word characters in the Basic Multilingual Plane; surrogates count as letters. */
export function computeWordRuns(): Uint32Array {
  if (wordRunsCache) return wordRunsCache;
  const runs: number[] = [];
  let from = -1;
  for (let code = 0; code <= 0x10000; code++) {
    const word = code < 0x10000 && isWordChar(code);
    if (word && from < 0) from = code;
    if (!word && from >= 0) {
      runs.push(from, code);
      from = -1;
    }
  }
  wordRunsCache = Uint32Array.from(runs);
  return wordRunsCache;
}

/** An alias as the automaton reads it: white space runs as one space, soft hyphens gone. */
export function normaliseAliasText(text: string): string {
  return text
    .replace(/\u00ad/g, '')
    .trim()
    .replace(/\s+/g, ' ');
}

interface BuildNode {
  children: Map<number, BuildNode>;
  alias: number;
}

export function compileAutomaton(aliases: readonly CompileAlias[]): CompiledAutomaton {
  const codes = new Set<number>();
  const texts = aliases.map((a) => normaliseAliasText(a.text));
  for (const text of texts)
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) !== 0x20) codes.add(text.charCodeAt(i));
  const classCodes = Uint16Array.from([...codes].sort((a, b) => a - b));
  if (classCodes.length + 2 > 256)
    throw new Error(`too many distinct characters in aliases (${classCodes.length})`);
  const classOf = new Map<number, number>([[0x20, SPACE_CLASS]]);
  classCodes.forEach((code, i) => classOf.set(code, i + 2));

  const root: BuildNode = { children: new Map(), alias: -1 };
  texts.forEach((text, index) => {
    if (text.length === 0) return;
    let node = root;
    for (let i = 0; i < text.length; i++) {
      const cls = classOf.get(text.charCodeAt(i))!;
      let child = node.children.get(cls);
      if (!child) {
        child = { children: new Map(), alias: -1 };
        node.children.set(cls, child);
      }
      node = child;
    }
    if (node.alias < 0) node.alias = index; // the first of two aliases that read the same wins
  });

  // Breadth-first numbering: each state's children get consecutive numbers.
  const order: BuildNode[] = [root];
  const labels: number[] = [0];
  const childStart: number[] = [];
  for (let s = 0; s < order.length; s++) {
    childStart.push(order.length);
    const children = [...order[s]!.children].sort((a, b) => a[0] - b[0]);
    for (const [cls, child] of children) {
      order.push(child);
      labels.push(cls);
    }
  }
  childStart.push(order.length);
  const terminals: number[] = [];
  order.forEach((node, state) => {
    if (node.alias >= 0) terminals.push(state, node.alias);
  });
  return {
    classCodes,
    childStart: Uint32Array.from(childStart),
    label: Uint8Array.from(labels),
    terminals: Uint32Array.from(terminals),
    aliasCompany: Uint16Array.from(aliases.map((a) => a.companyIndex)),
    aliasFlags: Uint8Array.from(
      aliases.map((a) => (a.ambiguous ? AMBIGUOUS_FLAG : 0) | (a.mainName ? MAIN_NAME_FLAG : 0)),
    ),
    wordRuns: computeWordRuns(),
  };
}

/** Checks that an automaton read from a file is whole: its tables agree and point inside each other. */
export function checkAutomaton(automaton: CompiledAutomaton): CompiledAutomaton {
  const states = automaton.label.length;
  if (automaton.childStart.length !== states + 1 || automaton.childStart[states] !== states) {
    throw new Error('automaton: state tables disagree');
  }
  if (automaton.aliasCompany.length !== automaton.aliasFlags.length)
    throw new Error('automaton: alias tables disagree');
  if (automaton.terminals.length % 2 !== 0 || automaton.wordRuns.length % 2 !== 0) {
    throw new Error('automaton: a pair table is truncated');
  }
  for (let i = 0; i < automaton.terminals.length; i += 2) {
    if (automaton.terminals[i]! >= states || automaton.terminals[i + 1]! >= automaton.aliasCompany.length) {
      throw new Error('automaton: a terminal points outside its tables');
    }
  }
  return automaton;
}
