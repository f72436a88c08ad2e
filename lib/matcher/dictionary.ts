// The alias dictionary as the content script and the scan CLI use it: the compiled
// automaton plus each company's name and web domains. data:build compiles it from
// data/aliases.json into data/dictionary.json; a page only decodes it.
import type { AliasFile } from '../dataset/schema';
import { AliasMatcher } from './alias-matcher';
import { compileAutomaton, deserialiseAutomaton, serialiseAutomaton } from './automaton';
import type { PageContext } from './disambiguate';

export interface DictionaryFile {
  version: string;
  /** Company ids and names, in the order the automaton's company indexes use. */
  ids: string[];
  names: string[];
  /** Only for the companies that have them. */
  domains: Record<string, string[]>;
  automaton: Record<string, string>;
}

export interface Dictionary {
  version: string;
  matcher: AliasMatcher;
  nameOf(companyId: string): string;
  pageContext(host: string): PageContext;
}

/** Build time: only the companies some alias names are kept. */
export function compileDictionary(file: AliasFile): DictionaryFile {
  const ids = [...new Set(file.aliases.map((a) => a.companyId))].sort();
  const indexOf = new Map(ids.map((id, i) => [id, i]));
  const automaton = compileAutomaton(
    file.aliases.map((a) => ({
      text: a.text,
      companyIndex: indexOf.get(a.companyId)!,
      ambiguous: a.ambiguous,
    })),
  );
  const domains: Record<string, string[]> = {};
  for (const id of ids) {
    const list = file.companies[id]?.domains ?? [];
    if (list.length > 0) domains[id] = list;
  }
  return {
    version: file.version,
    ids,
    names: ids.map((id) => file.companies[id]?.name ?? id),
    domains,
    automaton: serialiseAutomaton(automaton),
  };
}

/** A matcher straight from alias texts, compiled in memory: for tests and the benchmark. */
export function matcherFromAliases(
  aliases: readonly { text: string; companyId: string; ambiguous: boolean }[],
): AliasMatcher {
  const ids = [...new Set(aliases.map((a) => a.companyId))];
  const indexOf = new Map(ids.map((id, i) => [id, i]));
  const automaton = compileAutomaton(
    aliases.map((a) => ({ text: a.text, companyIndex: indexOf.get(a.companyId)!, ambiguous: a.ambiguous })),
  );
  return new AliasMatcher(automaton, ids);
}

export function loadDictionary(file: unknown): Dictionary {
  const data = file as Partial<DictionaryFile> | null;
  if (
    !data ||
    typeof data.version !== 'string' ||
    !Array.isArray(data.ids) ||
    !Array.isArray(data.names) ||
    data.ids.length !== data.names.length ||
    !data.domains ||
    !data.automaton
  ) {
    throw new Error('dictionary: not a dictionary file');
  }
  const names = new Map(data.ids.map((id, i) => [id, data.names![i]!]));
  const domains = data.domains;
  const matcher = new AliasMatcher(deserialiseAutomaton(data.automaton), data.ids);
  const domainsOf = (companyId: string) => (Object.hasOwn(domains, companyId) ? domains[companyId]! : []);
  return {
    version: data.version,
    matcher,
    nameOf: (companyId) => names.get(companyId) ?? companyId,
    pageContext: (host) => ({ host: host.toLowerCase(), domainsOf }),
  };
}
