// Backstory in the page: marks company names, opens the card on hover, answers the popup.
// It is declared in the manifest by hand (wxt.config.ts) and built as a plain script rather
// than through WXT's content-script wrapper, which posts a window message on every page
// (time of the page's, and the extension's id shown to the page's own scripts).
// What it does is put together in lib/page/in-page.ts; this reads the settings first.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { loadCardFactory } from '../lib/page/card-api';
import { extensionApi } from '../lib/page/extension-api';
import { runInPage, type InPageApi } from '../lib/page/in-page';
import { MentionIndex } from '../lib/page/mention-index';
import { yieldByTimer } from '../lib/page/slicer';
import { readSettings } from '../lib/settings/store';

/**
 * The card's code. Chrome loads it the first time a card opens (most pages never show one,
 * and every page would evaluate it). Firefox's add-on review refuses a module imported from
 * a computed address, so there it is part of this script (sizes: docs/performance.md).
 */
const loadCard = import.meta.env.FIREFOX
  ? async () => (await import('../components/CardHost')).createCardHost
  : () => loadCardFactory(packaged('/card.js'));
const packaged = (path: string) => (extensionApi.runtime.getURL as (path: string) => string)(path);

export default defineUnlistedScript(async () => {
  // The task in which the browser compiles and runs this script ends before the page or the
  // extension API is first touched: the objects the browser builds for them and the storage
  // read run in a task of their own, which times itself for the stats (see yieldByTimer).
  await yieldByTimer();
  const setupStartedAt = performance.now();
  const host = location.hostname;
  const isTop = window.top === window;
  const index = new MentionIndex();
  // The settings are read from storage here: a storage read costs the page less than a
  // message to the background (no message channel to open). The background passes on every
  // later change.
  const settingsRead = readSettings(extensionApi.storage);
  const setupMs = performance.now() - setupStartedAt;
  const settings = await settingsRead;
  // The task that brings the settings sets up the rest (the runtime API first touched there)
  // and starts the scan: all of it counts as the scan's first slice.
  const settingsArrivedAt = performance.now();
  runInPage(extensionApi as unknown as InPageApi, {
    doc: document,
    host,
    isTop,
    index,
    settings,
    settingsArrivedAt,
    setupMs,
    loadCard,
  });
});
