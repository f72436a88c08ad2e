import { i18n } from '#i18n';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { backgroundHandlers } from '../lib/background/handlers';
import { loadOnce } from '../lib/background/load-once';
import { decodeDatasetFile } from '../lib/dataset/file';
import {
  datasetIntact,
  loadDataset,
  loadedDatasetVersion,
  openDatabase,
  type Database,
} from '../lib/db/database';
import {
  createReportMenu,
  REPORT_MENU_ID,
  reportFromSelection,
  SHOW_CARD_COMMAND,
  showCardAtSelection,
} from '../lib/background/menus';
import { loadDictionary } from '../lib/matcher/dictionary';
import { dispatch, messageClient } from '../lib/messages';
import type { Settings } from '../lib/settings/settings';
import { watchSettings } from '../lib/settings/store';

const messages = messageClient(browser);

/** Every frame of every tab gets the new settings at once. */
async function broadcastSettings(settings: Settings): Promise<void> {
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs.map((tab) =>
      tab.id === undefined
        ? undefined
        : messages.askTab(tab.id, { type: 'settingsChanged', settings }, null).catch(() => undefined),
    ),
  );
}

const packaged = (path: string) => (browser.runtime.getURL as (path: string) => string)(path);

/** A file packaged with the extension; a missing one is an error that names it. */
async function fetchPackaged(path: string): Promise<Response> {
  const response = await fetch(packaged(path));
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return response;
}

async function fetchJson(path: string): Promise<unknown> {
  return (await fetchPackaged(path)).json();
}

/** A gzipped JSON file packaged with the extension, unpacked as it is read. */
async function fetchGzippedJson(path: string): Promise<unknown> {
  const body = (await fetchPackaged(path)).body;
  if (!body) throw new Error(`${path}: empty`);
  return new Response(body.pipeThrough(new DecompressionStream('gzip'))).json();
}

/**
 * Loads the packaged dataset when IndexedDB holds another version (first install, an
 * update, or a load that never finished), or holds it damaged (its stores no longer hold
 * what its version record counted). The dataset is validated before a single record is
 * written, and written in one transaction; the user's reports are never part of it.
 */
async function prepareDatabase(): Promise<Database> {
  const startedAt = performance.now();
  const db = await openDatabase();
  const [loaded, packagedVersion] = await Promise.all([
    loadedDatasetVersion(db),
    fetchJson('/dataset-version.json') as Promise<{ version: string }>,
  ]);
  const damaged = loaded === packagedVersion.version && !(await datasetIntact(db));
  if (loaded !== packagedVersion.version || damaged) {
    if (damaged) console.warn('Backstory: the stored dataset was damaged; loading it again');
    await loadDataset(db, decodeDatasetFile(await fetchGzippedJson('/dataset.json.gz')), startedAt, damaged);
  }
  return db;
}

export default defineBackground(() => {
  // Opened on first use: a page's text needs only the dictionary, and the background starts
  // again and again for those messages. Installs and updates load the dataset at once.
  const database = loadOnce(prepareDatabase);
  browser.runtime.onInstalled.addListener(() => {
    database().catch((error: unknown) => console.error('Backstory: the dataset could not be loaded', error));
  });
  const handlers = backgroundHandlers({
    database,
    // Pages send their text here: the dictionary is read once per background start, never in a page.
    dictionary: loadOnce(async () =>
      loadDictionary(await (await fetchPackaged('/dictionary.bin')).arrayBuffer()),
    ),
    openDetailsTab: async (companyId, fromTabId) => {
      const query = new URLSearchParams({ company: companyId });
      if (fromTabId !== undefined) query.set('tab', String(fromTabId));
      await browser.tabs.create({ url: packaged(`/popup.html?${query}`) });
    },
    setBadge: async (tabId, { text, title, color }) => {
      // MV3 calls it action, Firefox's MV2 browserAction.
      const button = browser.action ?? browser.browserAction;
      await Promise.all([
        button.setBadgeText({ tabId, text }),
        button.setBadgeBackgroundColor({ tabId, color }),
        button.setTitle({ tabId, title }),
      ]);
    },
    badgeWords: {
      named: (count) => i18n.t('badgeNamed', count),
      ownSite: (name) => i18n.t('badgeOwnSite', [name]),
    },
    newId: () => crypto.randomUUID(),
    now: () => new Date(),
  });
  void createReportMenu(browser.contextMenus);
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === REPORT_MENU_ID) {
      void reportFromSelection(info, tab?.id, packaged('/popup.html?view=report'));
    }
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== SHOW_CARD_COMMAND) return;
    void (async () => {
      const id = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
      if (id !== undefined) await showCardAtSelection(id);
    })();
  });
  // Pages read the settings when they load; every change is passed on to every tab's frames
  // at once.
  watchSettings(browser.storage, (settings) => void broadcastSettings(settings));
  const self = { id: browser.runtime.id, pagesOrigin: packaged('/') };
  browser.runtime.onMessage.addListener((message, sender) =>
    dispatch(message, { id: sender.id, url: sender.url, tabId: sender.tab?.id }, self, handlers),
  );
});
