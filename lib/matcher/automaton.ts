// The alias dictionary compiled into a compact automaton: a trie whose states are numbered
// breadth-first so that each state's children are consecutive (no edge-target array), over
// character classes (only characters used by some alias get one), with a precomputed
// Unicode word-character bitset. Compiled once by the data build; a page only decodes it.
// Pure: no DOM, no browser API.

export interface CompileAlias {
  text: string;
  companyIndex: number;
  ambiguous: boolean;
}

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
  aliasAmbiguous: Uint8Array;
  /** Bit c set when char code c continues a word (letters, digits, marks, "_", soft hyphen). */
  wordBits: Uint8Array;
}

export const SPACE_CLASS = 1;
export const SOFT_HYPHEN = 0xad;
const WORD_CHAR = /[\p{L}\p{N}\p{M}_]/u;

/** The white space a name may be broken by: spaces, tabs, line breaks, no-break spaces. */
export const WHITE_SPACE_CODES: readonly number[] = [
  0x09, 0x0a, 0x0c, 0x0d, 0x20, 0xa0, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008,
  0x2009, 0x200a, 0x202f, 0x3000,
];
const WHITE_SPACE = new Set(WHITE_SPACE_CODES);

export function isWhiteSpaceCode(code: number): boolean {
  return WHITE_SPACE.has(code);
}

let wordBitsCache: Uint8Array | undefined;

/** Word characters of the Basic Multilingual Plane; surrogates count as letters. */
export function computeWordBits(): Uint8Array {
  if (wordBitsCache) return wordBitsCache;
  const bits = new Uint8Array(8192);
  for (let code = 0; code < 0x10000; code++) {
    const word =
      code === SOFT_HYPHEN || (code >= 0xd800 && code <= 0xdfff) || WORD_CHAR.test(String.fromCharCode(code));
    if (word) bits[code >> 3]! |= 1 << (code & 7);
  }
  wordBitsCache = bits;
  return bits;
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
    aliasAmbiguous: Uint8Array.from(aliases.map((a) => (a.ambiguous ? 1 : 0))),
    wordBits: computeWordBits(),
  };
}

// In the file, childStart is stored as one byte per state (its number of children) and
// summed back on load: a quarter of the size.
const SECTIONS = [
  'classCodes',
  'childCount',
  'label',
  'terminals',
  'aliasCompany',
  'aliasAmbiguous',
  'wordBits',
] as const;
type Section = (typeof SECTIONS)[number];
const SECTION_TYPES: Record<
  Section,
  { BYTES_PER_ELEMENT: number; new (buffer: ArrayBuffer): ArrayLike<number> }
> = {
  classCodes: Uint16Array,
  childCount: Uint8Array,
  label: Uint8Array,
  terminals: Uint32Array,
  aliasCompany: Uint16Array,
  aliasAmbiguous: Uint8Array,
  wordBits: Uint8Array,
};

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Little-endian base64 of each array, as data/automaton.json stores them. */
export function serialiseAutomaton(automaton: CompiledAutomaton): Record<Section, string> {
  const { childStart } = automaton;
  const childCount = new Uint8Array(childStart.length - 1);
  for (let s = 0; s < childCount.length; s++) {
    const count = childStart[s + 1]! - childStart[s]!;
    if (count > 255) throw new Error('automaton: a state has more than 255 children');
    childCount[s] = count;
  }
  const arrays: Record<Section, ArrayBufferView> = { ...automaton, childCount };
  const out = {} as Record<Section, string>;
  for (const section of SECTIONS) {
    const array = arrays[section];
    out[section] = toBase64(new Uint8Array(array.buffer, array.byteOffset, array.byteLength));
  }
  return out;
}

export function deserialiseAutomaton(sections: Record<string, unknown>): CompiledAutomaton {
  const out = {} as Record<Section, ArrayLike<number>>;
  for (const section of SECTIONS) {
    const text = sections[section];
    if (typeof text !== 'string') throw new Error(`automaton: section ${section} missing`);
    const bytes = fromBase64(text);
    const Type = SECTION_TYPES[section];
    if (bytes.length % Type.BYTES_PER_ELEMENT !== 0)
      throw new Error(`automaton: section ${section} is truncated`);
    out[section] = new Type(bytes.buffer as ArrayBuffer);
  }
  const childCount = out.childCount as Uint8Array;
  const childStart = new Uint32Array(childCount.length + 1);
  // Breadth-first numbering: the root's children start at 1, and each next state's children
  // follow the previous state's.
  childStart[0] = 1;
  for (let s = 0; s < childCount.length; s++) childStart[s + 1] = childStart[s]! + childCount[s]!;
  const automaton = { ...out, childStart } as unknown as CompiledAutomaton;
  const states = automaton.label.length;
  if (childCount.length !== states || automaton.childStart[states] !== states) {
    throw new Error('automaton: state tables disagree');
  }
  if (automaton.aliasCompany.length !== automaton.aliasAmbiguous.length)
    throw new Error('automaton: alias tables disagree');
  for (let i = 0; i < automaton.terminals.length; i += 2) {
    if (automaton.terminals[i]! >= states || automaton.terminals[i + 1]! >= automaton.aliasCompany.length) {
      throw new Error('automaton: a terminal points outside its tables');
    }
  }
  return automaton;
}
