// Where Backstory's script goes: every page and frame, except the sites the user turned it
// off on, and nowhere while it is switched off. The background registers the script with the
// browser accordingly, so a page where Backstory is off never loads it and a page where it is
// on need not read the settings before it starts (they come with the first matches).
import { activeOn, webHostOf, type Settings } from '../settings/settings';

export const PAGE_SCRIPT_ID = 'backstory-page';

/** The part of the browser's scripting API this module uses. */
export interface PageScriptRegistry {
  getRegisteredContentScripts(filter: { ids: string[] }): Promise<RegisteredPageScript[]>;
  registerContentScripts(scripts: RegisteredPageScript[]): Promise<unknown>;
  unregisterContentScripts(filter: { ids: string[] }): Promise<unknown>;
}

export interface RegisteredPageScript {
  id: string;
  matches?: string[];
  excludeMatches?: string[];
  js?: string[];
  css?: string[];
  runAt?: 'document_start' | 'document_end' | 'document_idle';
  allFrames?: boolean;
  persistAcrossSessions?: boolean;
}

const HOST_NAME = /^[a-z0-9-]+(\.[a-z0-9-]+)*$/;
const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

/**
 * The match pattern for a site and every host under it, or undefined for a name no pattern
 * can say (pages there still get the script, and the background's answer turns it off).
 */
export function sitePattern(site: string): string | undefined {
  if (IPV4.test(site) || (site.startsWith('[') && site.endsWith(']'))) return `*://${site}/*`;
  return HOST_NAME.test(site) ? `*://*.${site}/*` : undefined;
}

/** The registration the settings call for; null when Backstory is off everywhere. */
export function pageScriptFor(settings: Settings): RegisteredPageScript | null {
  if (!settings.enabled) return null;
  const excludeMatches = settings.disabledSites.flatMap((site) => sitePattern(site) ?? []);
  return {
    id: PAGE_SCRIPT_ID,
    matches: ['<all_urls>'],
    ...(excludeMatches.length > 0 ? { excludeMatches } : {}),
    js: ['in-page.js'],
    css: ['highlights.css'],
    runAt: 'document_idle',
    allFrames: true,
    persistAcrossSessions: true,
  };
}

const sameList = (a: readonly string[] = [], b: readonly string[] = []) =>
  a.length === b.length && [...a].sort().every((item, i) => item === [...b].sort()[i]);

function sameScript(a: RegisteredPageScript, b: RegisteredPageScript): boolean {
  return (
    sameList(a.matches, b.matches) &&
    sameList(a.excludeMatches, b.excludeMatches) &&
    sameList(a.js, b.js) &&
    sameList(a.css, b.css) &&
    a.runAt === b.runAt &&
    a.allFrames === b.allFrames &&
    a.persistAcrossSessions === b.persistAcrossSessions
  );
}

/** Brings the browser's registration in line with the settings; does nothing when it already is. */
export async function syncPageScript(registry: PageScriptRegistry, settings: Settings): Promise<void> {
  const wanted = pageScriptFor(settings);
  const [current] = await registry.getRegisteredContentScripts({ ids: [PAGE_SCRIPT_ID] });
  if (!wanted) {
    if (current) await registry.unregisterContentScripts({ ids: [PAGE_SCRIPT_ID] });
  } else if (!current) {
    await registry.registerContentScripts([wanted]);
  } else if (!sameScript(current, wanted)) {
    // Unregister and register again rather than update: an update cannot remove excludeMatches.
    await registry.unregisterContentScripts({ ids: [PAGE_SCRIPT_ID] });
    await registry.registerContentScripts([wanted]);
  }
}

/** The open tabs whose site the change turned Backstory on for: they have no script yet. */
export function tabsTurnedOn<T extends { url?: string }>(
  tabs: readonly T[],
  before: Settings,
  after: Settings,
): T[] {
  return tabs.filter((tab) => {
    const host = webHostOf(tab.url);
    return host !== undefined && !activeOn(before, host) && activeOn(after, host);
  });
}
