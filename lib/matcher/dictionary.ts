// The alias dictionary as the content script and the scan CLI use it.
import type { AliasFile } from '../dataset/schema';
import { AliasMatcher } from './alias-matcher';
import type { PageContext } from './disambiguate';

export interface Dictionary {
  matcher: AliasMatcher;
  nameOf(companyId: string): string;
  pageContext(host: string): PageContext;
}

export function createDictionary(file: AliasFile): Dictionary {
  const matcher = new AliasMatcher(file.aliases);
  const domainsOf = (companyId: string) => file.companies[companyId]?.domains ?? [];
  return {
    matcher,
    nameOf: (companyId) => file.companies[companyId]?.name ?? companyId,
    pageContext: (host) => ({ host: host.toLowerCase(), domainsOf }),
  };
}
