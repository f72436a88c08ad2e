// The settings in the browser's extension storage: every part of Backstory reads them the
// same way, and a change made in the options or the popup reaches open pages at once.
// The browser's own API (no polyfill): storage returns promises in both browsers, and the
// content script, which reads the settings on every page, stays small.
import { browser } from '@wxt-dev/browser';
import { parseSettings, SETTINGS_KEY, type Settings } from './settings';

export async function readSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  return parseSettings(stored[SETTINGS_KEY]);
}

export async function writeSettings(settings: Settings): Promise<void> {
  await browser.storage.local.set({ [SETTINGS_KEY]: parseSettings(settings) });
}

/** Calls `onChange` with the new settings whenever they change; stops with `signal`. */
export function watchSettings(onChange: (settings: Settings) => void, signal: AbortSignal): void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && SETTINGS_KEY in changes) onChange(parseSettings(changes[SETTINGS_KEY]!.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener));
}
