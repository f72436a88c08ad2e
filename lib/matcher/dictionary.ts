// The alias dictionary as the background and the scan CLI use it: the compiled automaton
// plus each company's categories, web domains and typical words. data:build compiles it from
// data/aliases.json into data/dictionary.bin; the background only reads it, once a start.
import type { AliasFile } from '../dataset/schema';
import { AliasMatcher } from './alias-matcher';
import { checkAutomaton, compileAutomaton, type CompiledAutomaton } from './automaton';
import type { PageContext } from './disambiguate';

/** Ids (in the order the automaton's company indexes use) and the web domains of the companies that have them. */
interface DictionaryMeta {
  version: string;
  ids: string[];
  domains: Record<string, string[]>;
  /** Category bit masks (lib/dataset/categories.ts), in the order of `ids`. */
  categories: number[];
  /** Words typical of the companies that have them (disambiguate.ts). */
  contextWords?: Record<string, string[]>;
  /** Products named after the companies that have them ("Prime" for Amazon). */
  productWords?: Record<string, string[]>;
  /** Names of other companies that begin with one of the company's names ("WatchGuard Technologies"). */
  otherNames?: Record<string, string[]>;
  /** Common first names, for the person rule. */
  firstNames?: string[];
  /** Each unit's owner, by the unit's id ("electric-boat" → "general-dynamics"). */
  owners?: Record<string, string>;
}

export interface Dictionary {
  version: string;
  matcher: AliasMatcher;
  pageContext(host: string): PageContext;
  /** The company's category bit mask; 0 when unknown. */
  categoriesOf(companyId: string): number;
}

// data/dictionary.bin: "BKSD", a format number, then (offset, length) of each section, then
// the sections, each 4-byte aligned so that it is read as a typed array without a copy.
// Company names are left to the database, which has them all.
const MAGIC = 0x44534b42; // "BKSD", little-endian
const FORMAT = 2;
const SECTIONS = [
  'classCodes',
  'childStart',
  'label',
  'terminals',
  'aliasCompany',
  'aliasFlags',
  'wordRuns',
] as const;
const META = SECTIONS.length;
const HEADER_BYTES = 8 + (SECTIONS.length + 1) * 8;

/** The company's name, or its name before a note in brackets: "Meta" of "Meta (Facebook)". */
function isOwnName(alias: string, companyName: string | undefined): boolean {
  return (
    companyName !== undefined && (alias === companyName || alias === companyName.replace(/\s*\([^)]*\)$/, ''))
  );
}

/** Build time: the alias file compiled into the binary dictionary a page loads. */
export function compileDictionary(file: AliasFile): Uint8Array {
  const ids = [...new Set(file.aliases.map((a) => a.companyId))].sort();
  const indexOf = new Map(ids.map((id, i) => [id, i]));
  const automaton = compileAutomaton(
    file.aliases.map((a) => ({
      text: a.text,
      companyIndex: indexOf.get(a.companyId)!,
      ambiguous: a.ambiguous,
      mainName: isOwnName(a.text, file.companies[a.companyId]?.name),
    })),
  );
  // Only the companies that have any: most have neither domains nor typical words.
  const listsById = (pick: (company: AliasFile['companies'][string]) => string[] | undefined) => {
    const lists: Record<string, string[]> = {};
    for (const id of ids) {
      const company = file.companies[id];
      const list = company ? (pick(company) ?? []) : [];
      if (list.length > 0) lists[id] = list;
    }
    return lists;
  };
  const domains = listsById((company) => company.domains);
  const categories = ids.map((id) => file.companies[id]?.categories ?? 0);
  const contextWords = listsById((company) => company.contextWords);
  const productWords = listsById((company) => company.productWords);
  const otherNames = listsById((company) => company.otherNames);
  const owners: Record<string, string> = {};
  for (const id of ids) {
    const ownerId = file.companies[id]?.ownerId;
    if (ownerId) owners[id] = ownerId;
  }
  const meta: DictionaryMeta = {
    version: file.version,
    ids,
    domains,
    categories,
    contextWords,
    productWords,
    otherNames,
    firstNames: file.firstNames ?? [],
    owners,
  };
  const parts: Uint8Array[] = [
    ...SECTIONS.map((name) => {
      const array = automaton[name];
      return new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
    }),
    new TextEncoder().encode(JSON.stringify(meta)),
  ];
  const align = (n: number) => (n + 3) & ~3;
  let offset = HEADER_BYTES;
  const places = parts.map((part) => {
    const place = { offset, length: part.byteLength };
    offset = align(offset + part.byteLength);
    return place;
  });
  const bytes = new Uint8Array(offset);
  const header = new DataView(bytes.buffer);
  header.setUint32(0, MAGIC, true);
  header.setUint32(4, FORMAT, true);
  places.forEach((place, i) => {
    header.setUint32(8 + i * 8, place.offset, true);
    header.setUint32(12 + i * 8, place.length, true);
    bytes.set(parts[i]!, place.offset);
  });
  return bytes;
}

const SECTION_TYPES = {
  classCodes: Uint16Array,
  childStart: Uint32Array,
  label: Uint8Array,
  terminals: Uint32Array,
  aliasCompany: Uint16Array,
  aliasFlags: Uint8Array,
  wordRuns: Uint32Array,
} as const;

/** A page's load: typed-array views over the file's bytes, checked, never copied. */
export function loadDictionary(buffer: ArrayBuffer): Dictionary {
  if (buffer.byteLength < HEADER_BYTES) throw new Error('dictionary: file too short');
  const header = new DataView(buffer);
  if (header.getUint32(0, true) !== MAGIC) throw new Error('dictionary: not a Backstory dictionary');
  if (header.getUint32(4, true) !== FORMAT) throw new Error('dictionary: unknown format');
  const place = (i: number) => {
    const offset = header.getUint32(8 + i * 8, true);
    const length = header.getUint32(12 + i * 8, true);
    if (offset % 4 !== 0 || offset + length > buffer.byteLength)
      throw new Error('dictionary: damaged section table');
    return { offset, length };
  };
  const sections = {} as Record<(typeof SECTIONS)[number], ArrayLike<number>>;
  SECTIONS.forEach((name, i) => {
    const { offset, length } = place(i);
    const Type = SECTION_TYPES[name];
    if (length % Type.BYTES_PER_ELEMENT !== 0) throw new Error(`dictionary: section ${name} is truncated`);
    sections[name] = new Type(buffer, offset, length / Type.BYTES_PER_ELEMENT);
  });
  const { offset, length } = place(META);
  let meta: DictionaryMeta;
  try {
    meta = JSON.parse(new TextDecoder().decode(new Uint8Array(buffer, offset, length))) as DictionaryMeta;
  } catch {
    throw new Error('dictionary: damaged company table');
  }
  if (
    typeof meta.version !== 'string' ||
    !Array.isArray(meta.ids) ||
    !meta.domains ||
    !Array.isArray(meta.categories) ||
    meta.categories.length !== meta.ids.length ||
    !validContextWords(meta.contextWords) ||
    !validContextWords(meta.productWords) ||
    !validContextWords(meta.otherNames) ||
    !validOwners(meta.owners) ||
    !(
      meta.firstNames === undefined ||
      (Array.isArray(meta.firstNames) && meta.firstNames.every((n) => typeof n === 'string'))
    )
  ) {
    throw new Error('dictionary: damaged company table');
  }
  const automaton = checkAutomaton(sections as unknown as CompiledAutomaton);
  const matcher = new AliasMatcher(automaton, meta.ids);
  const domains = meta.domains;
  const contextWords = meta.contextWords ?? {};
  const productWords = meta.productWords ?? {};
  const otherNames = meta.otherNames ?? {};
  const ownerOf = meta.owners ?? {};
  const firstNames = new Set(meta.firstNames ?? []);
  const isFirstName = (word: string) => firstNames.has(word);
  const categoryById = new Map(meta.ids.map((id, i) => [id, meta.categories[i]!]));
  return {
    version: meta.version,
    matcher,
    pageContext: (host) => ({
      ownSiteCompanyId: siteOwner(domains, host) ?? null,
      contextWords,
      productWords,
      otherNames,
      ownerOf,
      isFirstName,
    }),
    categoriesOf: (companyId) => categoryById.get(companyId) ?? 0,
  };
}

/** Absent, or a company id by company id: anything else is a damaged file. */
function validOwners(value: unknown): boolean {
  if (value === undefined) return true;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  return Object.values(value).every((id) => typeof id === 'string');
}

/** Absent, or word lists by company: anything else is a damaged file. */
function validContextWords(value: unknown): boolean {
  if (value === undefined) return true;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  return Object.values(value).every(
    (words) => Array.isArray(words) && words.every((word) => typeof word === 'string' && word.length > 0),
  );
}

export function siteOwner(
  domains: Readonly<Record<string, readonly string[]>>,
  host: string,
): string | undefined {
  const site = host.toLowerCase().replace(/\.$/, '');
  for (const [companyId, list] of Object.entries(domains)) {
    if (list.some((domain) => site === domain || site.endsWith(`.${domain}`))) return companyId;
  }
  return undefined;
}

/** A matcher straight from alias texts, compiled in memory: for tests and the benchmark. */
export function matcherFromAliases(
  aliases: readonly { text: string; companyId: string; ambiguous: boolean; mainName?: boolean }[],
): AliasMatcher {
  const ids = [...new Set(aliases.map((a) => a.companyId))];
  const indexOf = new Map(ids.map((id, i) => [id, i]));
  const automaton = compileAutomaton(aliases.map((a) => ({ ...a, companyIndex: indexOf.get(a.companyId)! })));
  return new AliasMatcher(automaton, ids);
}
