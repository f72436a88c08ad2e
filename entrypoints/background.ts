// The background: the only owner of the database and the dictionary. It answers every
// message (lib/background/handlers.ts), keeps the toolbar badge, the context menu and the
// shortcut, and passes changed settings on to open pages.
import { i18n } from '#i18n';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { broadcastSettings, openDetailsTab, showBadge } from '../lib/background/browser-wiring';
import { backgroundHandlers } from '../lib/background/handlers';
import { loadOnce } from '../lib/background/load-once';
import * as menus from '../lib/background/menus';
import { packagedFiles, prepareDatabase } from '../lib/background/packaged-data';
import { datasetUpdater } from '../lib/background/dataset-updates';
import { updateCheck } from '../lib/background/update-check';
import { loadDictionary, type Dictionary } from '../lib/matcher/dictionary';
import { UPDATE_ADDRESS, UPDATE_HOST_PATTERN } from '../lib/updates/update-config';
import { parseUpdateState, UPDATE_STATE_KEY } from '../lib/updates/update-state';
import { updateDictionary } from '../lib/db/database';
import { dispatch, messageClient } from '../lib/messages';
import { watchSettings } from '../lib/settings/store';

const packaged = (path: string) => (browser.runtime.getURL as (path: string) => string)(path);
const fetchPackaged = (path: string) => fetch(packaged(path));

export default defineBackground(() => {
  // Opened on first use: a page's text needs only the dictionary, and the background starts
  // again and again for those messages. Installs and updates load the dataset at once.
  const database = loadOnce(() => prepareDatabase(fetchPackaged));
  browser.runtime.onInstalled.addListener(() => {
    database().catch((error: unknown) => console.error('Backstory: the dataset could not be loaded', error));
  });
  const files = packagedFiles(fetchPackaged);
  // Pages send their text here: the dictionary is read once per background start, never in a
  // page; a dataset update's own, from IndexedDB, while one is in use. An applied update
  // swaps it, and every page's next scan matches with the new one.
  let dictionary = loadOnce(async (): Promise<Dictionary> => {
    const state = parseUpdateState((await browser.storage.local.get(UPDATE_STATE_KEY))[UPDATE_STATE_KEY]);
    const downloaded = state.active ? await updateDictionary(await database()) : undefined;
    return loadDictionary(downloaded ?? (await (await files.file('/dictionary.bin')).arrayBuffer()));
  });
  const updates = datasetUpdater({
    storage: browser.storage,
    alarms: browser.alarms,
    permitted: () => browser.permissions.contains({ origins: [UPDATE_HOST_PATTERN] }),
    online: () => navigator.onLine,
    now: () => new Date(),
    check: updateCheck({
      database,
      fetch: (url, init) => fetch(url, init),
      extensionVersion: browser.runtime.getManifest().version,
      swapDictionary: (next) => (dictionary = () => Promise.resolve(next)),
    }),
  });
  browser.alarms.onAlarm.addListener((alarm) => void updates.onAlarm(alarm.name));
  void updates.ensureScheduled();
  const handlers = backgroundHandlers({
    database,
    dictionary: () => dictionary(),
    updates,
    updateAddress: UPDATE_ADDRESS,
    openDetailsTab: (companyId, fromTabId) =>
      openDetailsTab(browser, packaged('/popup.html'), companyId, fromTabId),
    setBadge: (tabId, badge) => showBadge(browser, tabId, badge),
    badgeWords: {
      named: (count) => i18n.t('badgeNamed', count),
      ownSite: (name) => i18n.t('badgeOwnSite', [name]),
    },
    newId: () => crypto.randomUUID(),
    now: () => new Date(),
  });
  void menus.createReportMenu(browser.contextMenus);
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== menus.REPORT_MENU_ID) return;
    void menus.reportFromSelection(info, tab?.id, packaged('/popup.html?view=report'));
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== menus.SHOW_CARD_COMMAND) return;
    void (async () => {
      const id = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
      if (id !== undefined) await menus.showCardAtSelection(id);
    })();
  });
  // Pages read the settings when they load; every change is passed on to every tab's frames.
  const messages = messageClient(browser);
  watchSettings(browser.storage, (settings) => void broadcastSettings(browser, messages, settings));
  const self = { id: browser.runtime.id, pagesOrigin: packaged('/') };
  browser.runtime.onMessage.addListener((message, sender) =>
    dispatch(message, { id: sender.id, url: sender.url, tabId: sender.tab?.id }, self, handlers),
  );
});
