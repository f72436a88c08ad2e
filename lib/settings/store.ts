// The settings in the browser's extension storage, kept by the options page and the popup,
// read by each page as it loads; the background passes every change on to open pages.
// Each caller hands in its own `browser.storage`: the content script reaches the extension
// API its own way (lib/page/extension-api.ts), and this module touches no global.
import type { Browser } from '@wxt-dev/browser';
import { parseSettings, SETTINGS_KEY, type Settings } from './settings';

/** `browser.storage`: the browser's own, or the polyfill's. */
export type ExtensionStorage = Pick<typeof Browser.storage, 'local' | 'onChanged'>;

/** The stored settings, every missing or malformed field at its default. */
export async function readSettings(storage: Pick<ExtensionStorage, 'local'>): Promise<Settings> {
  const stored = await storage.local.get(SETTINGS_KEY);
  return parseSettings(stored[SETTINGS_KEY]);
}

export async function writeSettings(
  storage: Pick<ExtensionStorage, 'local'>,
  settings: Settings,
): Promise<void> {
  await storage.local.set({ [SETTINGS_KEY]: parseSettings(settings) });
}

/** Calls `onChange` with the new settings whenever they change. */
export function watchSettings(
  storage: Pick<ExtensionStorage, 'onChanged'>,
  onChange: (settings: Settings) => void,
): void {
  storage.onChanged.addListener((changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && SETTINGS_KEY in changes) onChange(parseSettings(changes[SETTINGS_KEY]!.newValue));
  });
}
