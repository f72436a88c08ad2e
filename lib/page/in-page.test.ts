// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { categoryMask } from '../dataset/categories';
import { compileDictionary, loadDictionary } from '../matcher/dictionary';
import { matchTexts } from '../matcher/text-matches';
import { DEFAULT_SETTINGS, type Settings } from '../settings/settings';
import { runInPage, type InPageApi } from './in-page';
import { MentionIndex } from './mention-index';

const dictionary = loadDictionary(
  new Uint8Array(
    compileDictionary({
      version: 'v',
      companies: { palantir: { name: 'Palantir', domains: [], categories: categoryMask(['immigration']) } },
      aliases: [{ text: 'Palantir', companyId: 'palantir', ambiguous: false }],
    }),
  ).buffer,
);

type Listener = Parameters<InPageApi['runtime']['onMessage']['addListener']>[0];

/** The extension API of a page's content script, answered by a background made of fakes. */
function fakeBrowser() {
  const told: unknown[] = [];
  let listener: Listener | undefined;
  const api: InPageApi = {
    runtime: {
      id: 'ext',
      async sendMessage(message) {
        const request = message as { type: string; texts?: string[]; host?: string };
        if (request.type === 'matchTexts')
          return { ok: true, value: matchTexts(dictionary, request.texts!, request.host!) };
        told.push(message);
        return { ok: true, value: null };
      },
      onMessage: { addListener: (l) => void (listener = l) },
    },
  };
  /** Asks the page as the popup or the background would, from `senderId`. */
  const ask = (message: unknown, senderId = 'ext') =>
    new Promise<unknown>((answer) => listener!(message, { id: senderId }, answer));
  return { api, told, ask };
}

function start(settings: Settings = DEFAULT_SETTINGS) {
  document.body.innerHTML = '<p>Palantir holds contracts with ICE.</p><p>So does Palantir again.</p>';
  const browser = fakeBrowser();
  runInPage(browser.api, {
    doc: document,
    host: 'news.example',
    isTop: true,
    index: new MentionIndex(),
    settings,
    settingsArrivedAt: performance.now(),
    setupMs: 0,
    loadCard: () => Promise.reject(new Error('no card in this test')),
  });
  return browser;
}

afterEach(() => document.body.replaceChildren());

describe('runInPage', () => {
  it("marks the page's names, tells the badge, and answers the popup", async () => {
    const { ask, told } = start();
    expect(await ask({ type: 'getPageMentions' })).toEqual({
      ok: true,
      value: {
        companies: [{ companyId: 'palantir', count: 2 }],
        site: 'news.example',
        active: true,
        ownSiteCompanyId: null,
      },
    });
    await new Promise((r) => setTimeout(r, 10));
    expect(told).toEqual([{ type: 'reportPageCompanies', count: 1, ownSiteCompanyId: null }]);
    expect(await ask({ type: 'getScanStats' })).toMatchObject({
      ok: true,
      value: { mentions: 2, errors: [] },
    });
  });

  it('stops and clears the badge when the settings turn it off for the site, and starts again', async () => {
    const { ask, told } = start();
    await ask({ type: 'getPageMentions' });
    // The count goes in a task of its own after the painting.
    await new Promise((r) => setTimeout(r, 10));
    expect(told).toEqual([{ type: 'reportPageCompanies', count: 1, ownSiteCompanyId: null }]);
    const off = { ...DEFAULT_SETTINGS, disabledSites: ['news.example'] };
    expect(await ask({ type: 'settingsChanged', settings: off })).toEqual({ ok: true, value: null });
    expect(await ask({ type: 'getPageMentions' })).toMatchObject({ value: { active: false, companies: [] } });
    expect(told.at(-1)).toEqual({ type: 'reportPageCompanies', count: 0, ownSiteCompanyId: null });
    expect(await ask({ type: 'getScanStats' })).toMatchObject({ ok: false, error: /off on this page/ });
    await ask({ type: 'settingsChanged', settings: DEFAULT_SETTINGS });
    expect(await ask({ type: 'getPageMentions' })).toMatchObject({ value: { active: true } });
  });

  it('does not start on a site the user turned off, and refuses what another extension asks', async () => {
    const { ask } = start({ ...DEFAULT_SETTINGS, disabledSites: ['news.example'] });
    expect(await ask({ type: 'getPageMentions' })).toMatchObject({ value: { active: false, companies: [] } });
    expect(await ask({ type: 'getPageMentions' }, 'other-extension')).toEqual({
      ok: false,
      error: 'message from outside Backstory refused',
    });
    expect(await ask({ type: 'getPageInfo' })).toEqual({
      ok: true,
      value: { url: location.href, title: '' },
    });
  });
});
