import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PopupApp } from '../../components/PopupApp';
import type { PopupApi } from '../../components/popup-api';
import { messageClient } from '../../lib/messages';
import { DRAFT_KEY, parseDraft } from '../../lib/reports/draft';
import { readSettings, writeSettings } from '../../lib/settings/store';
import { localDay } from '../../lib/reports/today';

const { ask, askTab } = messageClient(browser);

/** The tab the popup describes: the one named in the address (when opened from a card), else the active one. */
async function targetTabId(params: URLSearchParams): Promise<number | undefined> {
  const fromAddress = Number(params.get('tab'));
  if (Number.isInteger(fromAddress) && fromAddress > 0) return fromAddress;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

const params = new URLSearchParams(location.search);
const api: PopupApi = {
  async pageMentions() {
    const tabId = await targetTabId(params);
    if (tabId === undefined) return undefined;
    try {
      return await askTab(tabId, { type: 'getPageMentions' });
    } catch {
      return undefined; // no content script there: a browser page, or a tab loaded before install
    }
  },
  companyDetails: (companyId) => ask({ type: 'getCompanyDetails', companyId }),
  listCompanies: () => ask({ type: 'listCompanies' }),
  listAgencies: () => ask({ type: 'listAgencies' }),
  agencyRecords: (agencyIds) => ask({ type: 'getAgencyRecords', agencyIds }),
  policeList: (companyId, query) => ask({ type: 'getPoliceList', companyId, query }),
  addReport: (report) => ask({ type: 'addReport', report }),
  settings: () => readSettings(browser.storage),
  saveSettings: (settings) => writeSettings(browser.storage, settings),
  loadDraft: async () => parseDraft((await browser.storage.local.get(DRAFT_KEY))[DRAFT_KEY]),
  saveDraft: (draft) => browser.storage.local.set({ [DRAFT_KEY]: draft }),
  clearDraft: () => browser.storage.local.remove(DRAFT_KEY),
  openOptions: () => browser.runtime.openOptionsPage(),
};

const today = localDay(new Date());
render(
  <PopupApp
    api={api}
    initialCompany={params.get('company') ?? undefined}
    initialView={params.get('view') === 'report' ? 'report' : undefined}
    today={today}
  />,
  document.getElementById('app')!,
);
