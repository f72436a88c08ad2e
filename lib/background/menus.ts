// The context-menu item and the keyboard shortcut: both start in the background and reach
// the page or the report form.
import { i18n } from '#i18n';
import { browser } from 'wxt/browser';
import { draftFromPage, DRAFT_KEY } from '../reports/draft';
import { messageClient } from '../messages';

export const REPORT_MENU_ID = 'backstory-report';
export const SHOW_CARD_COMMAND = 'show-card';

type Menus = typeof browser.contextMenus;

export async function createReportMenu(menus: Menus): Promise<void> {
  // Menus outlive a service worker's restarts but not every browser's: start clean each time.
  await menus.removeAll();
  menus.create({
    id: REPORT_MENU_ID,
    title: i18n.t('menuReport'),
    contexts: ['selection'],
  });
}

/** Prefills a report from the page and opens the report form in a tab. */
export async function reportFromSelection(
  info: { selectionText?: string; pageUrl?: string },
  tabId: number | undefined,
  reportPageUrl: string,
): Promise<void> {
  let title = '';
  if (tabId !== undefined) {
    title = await messageClient(browser)
      .askTab(tabId, { type: 'getPageInfo' })
      .then((info) => info.title)
      .catch(() => ''); // a page without Backstory's script: no title, the rest still works
  }
  const draft = draftFromPage({ url: info.pageUrl ?? '', title, selection: info.selectionText ?? '' });
  await browser.storage.local.set({ [DRAFT_KEY]: draft });
  await browser.tabs.create({ url: reportPageUrl });
}

/** The shortcut: every frame of the tab looks for a marked name at its selection. */
export async function showCardAtSelection(tabId: number): Promise<void> {
  await messageClient(browser)
    .askTab(tabId, { type: 'showCardAtSelection' }, null)
    .catch(() => undefined);
}
