import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, SETTINGS_KEY } from './settings';
import { readSettings, watchSettings, writeSettings, type ExtensionStorage } from './store';

type Listener = (changes: Record<string, { newValue?: unknown }>, area: string) => void;

/** An in-memory stand-in for `browser.storage`, with the same change events. */
function memoryStorage(initial: Record<string, unknown> = {}) {
  const items = { ...initial };
  const listeners: Listener[] = [];
  const storage = {
    local: {
      get: async (key: string) => (key in items ? { [key]: items[key] } : {}),
      set: async (next: Record<string, unknown>) => {
        Object.assign(items, next);
        const changes = Object.fromEntries(Object.entries(next).map(([k, v]) => [k, { newValue: v }]));
        for (const listener of listeners) listener(changes, 'local');
      },
    },
    onChanged: { addListener: (listener: Listener) => void listeners.push(listener) },
  };
  return { items, listeners, storage: storage as unknown as ExtensionStorage };
}

describe('settings store', () => {
  it('reads defaults when nothing or something malformed is stored', async () => {
    expect(await readSettings(memoryStorage().storage)).toEqual(DEFAULT_SETTINGS);
    const broken = memoryStorage({ [SETTINGS_KEY]: { hoverDelayMs: 'soon', highlightStyle: '<b>' } });
    expect(await readSettings(broken.storage)).toEqual(DEFAULT_SETTINGS);
  });

  it('writes what it reads back, cleaned of fields it does not know', async () => {
    const { items, storage } = memoryStorage();
    await writeSettings(storage, { ...DEFAULT_SETTINGS, hoverDelayMs: 800, extra: 1 } as never);
    expect(items[SETTINGS_KEY]).not.toHaveProperty('extra');
    expect((await readSettings(storage)).hoverDelayMs).toBe(800);
  });

  it('passes on changes to the settings only, from the local area only', async () => {
    const { listeners, storage } = memoryStorage();
    const seen: number[] = [];
    watchSettings(storage, (settings) => seen.push(settings.hoverDelayMs));
    await storage.local.set({ draft: 'x' });
    listeners[0]!({ [SETTINGS_KEY]: { newValue: { hoverDelayMs: 900 } } }, 'sync');
    await writeSettings(storage, { ...DEFAULT_SETTINGS, hoverDelayMs: 1200 });
    expect(seen).toEqual([1200]);
  });
});
