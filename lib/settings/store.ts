// The settings in the browser's extension storage, kept by the options page and the popup,
// read by each page as it loads; the background passes every change on to open pages.
// The browser's own API: storage returns promises in both browsers without the polyfill.
import { browser } from '@wxt-dev/browser';
import { parseSettings, SETTINGS_KEY, type Settings } from './settings';

export async function readSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  return parseSettings(stored[SETTINGS_KEY]);
}

export async function writeSettings(settings: Settings): Promise<void> {
  await browser.storage.local.set({ [SETTINGS_KEY]: parseSettings(settings) });
}

/** Calls `onChange` with the new settings whenever they change. */
export function watchSettings(onChange: (settings: Settings) => void): void {
  browser.storage.onChanged.addListener((changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && SETTINGS_KEY in changes) onChange(parseSettings(changes[SETTINGS_KEY]!.newValue));
  });
}
