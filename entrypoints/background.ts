import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { backgroundHandlers } from '../lib/background/handlers';
import { parseDataset } from '../lib/dataset/schema';
import { loadDataset, loadedDatasetVersion, openDatabase, type Database } from '../lib/db/database';
import { dispatch } from '../lib/messages';

/** The bundled dataset, validated before a single record reaches IndexedDB. */
async function bundledDataset() {
  const response = await fetch((browser.runtime.getURL as (path: string) => string)('/dataset.json'));
  return parseDataset(await response.json());
}

async function loadBundled(db: Database): Promise<Database> {
  const started = performance.now();
  if (await loadDataset(db, await bundledDataset())) {
    console.info(`Backstory: dataset loaded in ${Math.round(performance.now() - started)} ms`);
  }
  return db;
}

export default defineBackground(() => {
  // Every query waits for the newest load; a dataset is loaded when none is, and again on
  // install and update (loadDataset skips a version already there).
  let ready: Promise<Database> = openDatabase().then(async (db) =>
    (await loadedDatasetVersion(db)) ? db : loadBundled(db),
  );
  browser.runtime.onInstalled.addListener(() => {
    ready = ready.then(loadBundled);
  });

  const handlers = backgroundHandlers({
    database: () => ready,
    openDetailsTab: async (companyId, fromTabId) => {
      const query = new URLSearchParams({ company: companyId });
      if (fromTabId !== undefined) query.set('tab', String(fromTabId));
      await browser.tabs.create({ url: browser.runtime.getURL(`/popup.html?${query}`) });
    },
    newId: () => crypto.randomUUID(),
    now: () => new Date(),
  });
  const self = { id: browser.runtime.id, pagesOrigin: browser.runtime.getURL('/') };
  browser.runtime.onMessage.addListener((message, sender) =>
    dispatch(message, { id: sender.id, url: sender.url, tabId: sender.tab?.id }, self, handlers),
  );
});
