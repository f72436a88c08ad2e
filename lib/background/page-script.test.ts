import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../settings/settings';
import {
  PAGE_SCRIPT_ID,
  pageScriptFor,
  sitePattern,
  syncPageScript,
  tabsTurnedOn,
  type PageScriptRegistry,
  type RegisteredPageScript,
} from './page-script';

const settings = (changes: Partial<Settings>): Settings => ({ ...DEFAULT_SETTINGS, ...changes });

/** The browser's registry as a map, logging each call. */
function fakeRegistry(initial: RegisteredPageScript[] = []) {
  const scripts = new Map(initial.map((s) => [s.id, s]));
  const calls: string[] = [];
  const registry: PageScriptRegistry = {
    getRegisteredContentScripts: async ({ ids }) => ids.flatMap((id) => scripts.get(id) ?? []),
    registerContentScripts: async (list) => {
      calls.push('register');
      for (const s of list) {
        if (scripts.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
        scripts.set(s.id, s);
      }
    },
    unregisterContentScripts: async ({ ids }) => {
      calls.push('unregister');
      for (const id of ids) scripts.delete(id);
    },
  };
  return { registry, scripts, calls };
}

describe('sitePattern', () => {
  it('covers a site and every host under it', () => {
    expect(sitePattern('example.com')).toBe('*://*.example.com/*');
    expect(sitePattern('news.bbc.co.uk')).toBe('*://*.news.bbc.co.uk/*');
  });

  it('names an address on its own, and nothing for a name no pattern can say', () => {
    expect(sitePattern('192.168.1.20')).toBe('*://192.168.1.20/*');
    expect(sitePattern('[::1]')).toBe('*://[::1]/*');
    expect(sitePattern('bücher.de')).toBeUndefined();
    expect(sitePattern('a/b')).toBeUndefined();
    expect(sitePattern('')).toBeUndefined();
  });
});

describe('pageScriptFor', () => {
  it('goes to every page and frame once loaded, with the marks stylesheet', () => {
    expect(pageScriptFor(DEFAULT_SETTINGS)).toEqual({
      id: PAGE_SCRIPT_ID,
      matches: ['<all_urls>'],
      js: ['in-page.js'],
      css: ['highlights.css'],
      runAt: 'document_idle',
      allFrames: true,
      persistAcrossSessions: true,
    });
  });

  it('leaves out the sites turned off, and is nowhere while Backstory is off', () => {
    const script = pageScriptFor(settings({ disabledSites: ['bücher.de', 'example.com'] }));
    expect(script?.excludeMatches).toEqual(['*://*.example.com/*']);
    expect(pageScriptFor(settings({ enabled: false, disabledSites: ['example.com'] }))).toBeNull();
  });
});

describe('syncPageScript', () => {
  it('registers the script once, and leaves a matching registration alone', async () => {
    const { registry, scripts, calls } = fakeRegistry();
    await syncPageScript(registry, DEFAULT_SETTINGS);
    await syncPageScript(registry, DEFAULT_SETTINGS);
    expect(calls).toEqual(['register']);
    expect(scripts.get(PAGE_SCRIPT_ID)).toEqual(pageScriptFor(DEFAULT_SETTINGS));
  });

  it('registers again when the sites change, excluded sites removed included', async () => {
    const off = settings({ disabledSites: ['example.com'] });
    const { registry, scripts } = fakeRegistry([pageScriptFor(off)!]);
    await syncPageScript(registry, DEFAULT_SETTINGS);
    expect(scripts.get(PAGE_SCRIPT_ID)?.excludeMatches).toBeUndefined();
    await syncPageScript(registry, off);
    expect(scripts.get(PAGE_SCRIPT_ID)?.excludeMatches).toEqual(['*://*.example.com/*']);
  });

  it('unregisters when Backstory is switched off, and registers when it is on again', async () => {
    const { registry, scripts } = fakeRegistry();
    await syncPageScript(registry, DEFAULT_SETTINGS);
    await syncPageScript(registry, settings({ enabled: false }));
    expect(scripts.size).toBe(0);
    await syncPageScript(registry, settings({ enabled: false }));
    await syncPageScript(registry, DEFAULT_SETTINGS);
    expect(scripts.get(PAGE_SCRIPT_ID)).toEqual(pageScriptFor(DEFAULT_SETTINGS));
  });
});

describe('tabsTurnedOn', () => {
  const tabs = [
    { id: 1, url: 'https://www.example.com/a' },
    { id: 2, url: 'https://shop.example.com/' },
    { id: 3, url: 'https://other.org/' },
    { id: 4, url: 'chrome://settings/' },
    { id: 5 },
  ];

  it('finds the open tabs of a site turned back on', () => {
    const before = settings({ disabledSites: ['example.com'] });
    expect(tabsTurnedOn(tabs, before, DEFAULT_SETTINGS).map((t) => t.id)).toEqual([1, 2]);
  });

  it('finds every web tab when Backstory is switched on, and none when nothing turned on', () => {
    expect(tabsTurnedOn(tabs, settings({ enabled: false }), DEFAULT_SETTINGS).map((t) => t.id)).toEqual([
      1, 2, 3,
    ]);
    expect(tabsTurnedOn(tabs, DEFAULT_SETTINGS, settings({ enabled: false }))).toEqual([]);
    expect(tabsTurnedOn(tabs, DEFAULT_SETTINGS, DEFAULT_SETTINGS)).toEqual([]);
  });
});
