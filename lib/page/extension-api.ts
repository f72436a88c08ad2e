// The extension API as the content script reaches it: the browser's own (its calls return
// promises in both browsers), not the polyfill, which every page would pay to evaluate.
// `browser` where the browser has it (Firefox, recent Chrome), else `chrome`. WXT's helper
// chooses by reading `browser.runtime.id`, which makes the browser build its runtime object
// inside the script's first task; here that object is built when first used, after the
// settings have been read (measured: docs/performance.md, "Figures behind the code").
import type { Browser } from '@wxt-dev/browser';

type ExtensionGlobals = { browser?: typeof Browser; chrome: typeof Browser };

export const extensionApi: typeof Browser =
  (globalThis as unknown as ExtensionGlobals).browser ?? (globalThis as unknown as ExtensionGlobals).chrome;

/** The same, under the name WXT's modules import it by (the in-page build maps them here). */
export { extensionApi as browser };
