// @vitest-environment jsdom
import '../tests/support/english-browser';
import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import type { PageMentions } from '../lib/messages';
import { DEFAULT_SETTINGS, type Settings } from '../lib/settings/settings';
import type { PopupApi } from './popup-api';
import { PopupApp } from './PopupApp';

/** A popup over a page of news.example that names Palantir twice. */
function fakePopup() {
  let settings: Settings = DEFAULT_SETTINGS;
  const saved: Settings[] = [];
  const mentions = (): PageMentions => ({
    companies: [{ companyId: 'palantir', count: 2 }],
    site: 'news.example',
    active: !settings.disabledSites.includes('news.example'),
    ownSiteCompanyId: null,
  });
  const api: PopupApi = {
    pageMentions: async () => mentions(),
    companyDetails: () => Promise.reject(new Error('not in this test')),
    listCompanies: async () => [{ id: 'palantir', name: 'Palantir' }],
    listAgencies: async () => [],
    agencyRecords: async () => ({ agencies: [], records: [], companies: [] }),
    policeList: async () => ({ total: 0, rows: [], common: null }),
    addReport: () => Promise.reject(new Error('not in this test')),
    settings: async () => settings,
    saveSettings: async (next) => {
      settings = next;
      saved.push(next);
    },
    loadDraft: async () => undefined,
    saveDraft: async () => {},
    clearDraft: async () => {},
    openOptions: async () => {},
  };
  return { api, saved };
}

const button = (root: HTMLElement, text: string) =>
  [...root.querySelectorAll('button')].find((b) => b.textContent === text);

describe('PopupApp', () => {
  it('turns Backstory off for the page’s site in one click, and on again', async () => {
    const { api, saved } = fakePopup();
    const root = document.createElement('div');
    document.body.append(root);
    render(<PopupApp api={api} today="2026-12-03" />, root);
    await vi.waitFor(() =>
      expect(root.querySelector('[data-site-state]')?.textContent).toBe('Marking companies on news.example'),
    );
    button(root, 'Turn off on this site')!.click();
    await vi.waitFor(() => expect(root.querySelector('[data-site-state="off"]')).not.toBeNull(), {
      timeout: 2_000,
    });
    expect(saved.at(-1)?.disabledSites).toEqual(['news.example']);
    button(root, 'Turn on on this site')!.click();
    await vi.waitFor(() => expect(root.querySelector('[data-site-state="on"]')).not.toBeNull(), {
      timeout: 2_000,
    });
    expect(saved.at(-1)?.disabledSites).toEqual([]);
  });
});
