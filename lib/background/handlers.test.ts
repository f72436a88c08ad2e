import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { datasetToLoad } from '../dataset/file';
import { dispatch } from '../messages';
import { DEFAULT_UPDATE_STATE } from '../updates/update-state';
import { ENGLISH_BADGE_WORDS } from './badge';
import { backgroundHandlers } from './handlers';

/** Updates never checked: these tests are about the other answers. */
const NO_UPDATES = {
  updates: {
    state: () => Promise.resolve(DEFAULT_UPDATE_STATE),
    setEnabled: () => Promise.resolve(DEFAULT_UPDATE_STATE),
    checkNow: () => Promise.resolve(DEFAULT_UPDATE_STATE),
  },
  updateAddress: 'https://updates.example/',
};

function setup() {
  const badges: [number, string, string][] = [];
  const handlers = backgroundHandlers({
    database: () => Promise.reject(new Error('no database in this test')),
    dictionary: () => Promise.reject(new Error('no dictionary in this test')),
    openDetailsTab: async () => {},
    setBadge: async (tabId, { text, title }) => void badges.push([tabId, text, title]),
    badgeWords: ENGLISH_BADGE_WORDS,
    newId: () => 'id',
    now: () => new Date('2026-01-01T00:00:00Z'),
    ...NO_UPDATES,
  });
  const self = { id: 'ext', pagesOrigin: 'chrome-extension://ext/' };
  return {
    badges,
    send: (message: unknown, sender: object) => dispatch(message, { id: 'ext', ...sender }, self, handlers),
  };
}

describe('the toolbar badge', () => {
  it("shows the number of companies a tab's page names, and nothing for none", async () => {
    const { badges, send } = setup();
    expect(
      await send(
        { type: 'reportPageCompanies', count: 5, ownSiteCompanyId: null },
        { tabId: 7, url: 'https://news.example/' },
      ),
    ).toEqual({
      ok: true,
      value: null,
    });
    await send(
      { type: 'reportPageCompanies', count: 0, ownSiteCompanyId: null },
      { tabId: 7, url: 'https://news.example/' },
    );
    expect(badges).toEqual([
      [7, '5', 'Backstory: 5 companies named on this page'],
      [7, '', 'Backstory'],
    ]);
  });
  it("says so on a company's own site, even when the name cannot be looked up", async () => {
    const { badges, send } = setup();
    await send({ type: 'reportPageCompanies', count: 2, ownSiteCompanyId: 'amazon' }, { tabId: 3 });
    expect(badges).toEqual([
      [3, 'own', "Backstory: this is amazon's own site · 2 companies named on this page"],
    ]);
  });
  it('refuses a count from anything but a page, or a count that is not a count', async () => {
    const { badges, send } = setup();
    expect(
      await send(
        { type: 'reportPageCompanies', count: 3, ownSiteCompanyId: null },
        { url: 'chrome-extension://ext/popup.html' },
      ),
    ).toMatchObject({
      ok: false,
      error: /only a page/,
    });
    expect(
      await send({ type: 'reportPageCompanies', count: -1, ownSiteCompanyId: null }, { tabId: 7 }),
    ).toMatchObject({ ok: false });
    expect(
      await send({ type: 'reportPageCompanies', count: 2.5, ownSiteCompanyId: null }, { tabId: 7 }),
    ).toMatchObject({
      ok: false,
    });
    expect(badges).toEqual([]);
  });
});

describe('matching a page for its content script', () => {
  it("answers a page's texts, and refuses a batch too large to be a page's", async () => {
    const { compileDictionary, loadDictionary } = await import('../matcher/dictionary');
    const file = compileDictionary({
      version: 'v',
      companies: { palantir: { name: 'Palantir', domains: ['palantir.com'], categories: 1 } },
      aliases: [{ text: 'Palantir', companyId: 'palantir', ambiguous: false }],
    });
    const dictionary = loadDictionary(new Uint8Array(file).buffer);
    const handlers = backgroundHandlers({
      database: () => Promise.reject(new Error('unused')),
      dictionary: async () => dictionary,
      openDetailsTab: async () => {},
      setBadge: async () => {},
      badgeWords: ENGLISH_BADGE_WORDS,
      newId: () => 'id',
      now: () => new Date(),
      ...NO_UPDATES,
    });
    const self = { id: 'ext', pagesOrigin: 'chrome-extension://ext/' };
    const fromPage = { id: 'ext', url: 'https://www.palantir.com/', tabId: 3 };
    expect(
      await dispatch(
        { type: 'matchTexts', texts: ['Talk to Palantir.'], host: 'www.palantir.com' },
        fromPage,
        self,
        handlers,
      ),
    ).toEqual({
      ok: true,
      value: {
        matches: [0, 8, 16, 0, 0],
        companies: [{ id: 'palantir', categories: 1 }],
        ownSiteCompanyId: 'palantir',
      },
    });
    const tooMany = Array.from({ length: 20_001 }, () => 'x');
    expect(
      await dispatch({ type: 'matchTexts', texts: tooMany, host: 'a.example' }, fromPage, self, handlers),
    ).toMatchObject({
      ok: false,
      error: /malformed message/,
    });
    expect(
      await dispatch({ type: 'matchTexts', texts: [42], host: 'a.example' }, fromPage, self, handlers),
    ).toMatchObject({
      ok: false,
    });
  });
});

/** A database holding a dataset of one company, IBM. */
async function databaseOfIbm(version: string) {
  const { openDatabase, loadDataset } = await import('../db/database');
  const db = await openDatabase();
  await loadDataset(
    db,
    datasetToLoad({
      meta: { version, caveats: [], credits: [] },
      companies: [{ id: 'ibm', name: 'IBM', recipientNames: [], domains: [] }],
      awards: [],
      actions: [],
      dodContractors: [],
      reportedContracts: [],
      policeAgencies: [],
      parentLinks: [],
      policeRecords: [],
    }),
  );
  return db;
}

describe('opening a company from a card', () => {
  it('opens a known company once, refuses a burst from one tab and an unknown company', async () => {
    const db = await databaseOfIbm('v');
    const opened: [string, number | undefined][] = [];
    let now = Date.parse('2026-01-01T00:00:00Z');
    const handlers = backgroundHandlers({
      database: async () => db,
      dictionary: () => Promise.reject(new Error('unused')),
      openDetailsTab: async (companyId, tabId) => void opened.push([companyId, tabId]),
      setBadge: async () => {},
      badgeWords: ENGLISH_BADGE_WORDS,
      newId: () => 'id',
      now: () => new Date(now),
      ...NO_UPDATES,
    });
    const self = { id: 'ext', pagesOrigin: 'chrome-extension://ext/' };
    const fromTab = (tabId: number) => ({ id: 'ext', url: 'https://news.example/', tabId });
    const open = (companyId: string, tabId = 4) =>
      dispatch({ type: 'openDetails', companyId }, fromTab(tabId), self, handlers);
    expect(await open('ibm')).toEqual({ ok: true, value: null });
    // Five clicks in a row from one page open one tab.
    for (let i = 0; i < 5; i++) expect(await open('ibm')).toMatchObject({ ok: false, error: /a moment ago/ });
    expect(await open('ibm', 5)).toEqual({ ok: true, value: null });
    now += 1500;
    expect(await open('ibm')).toEqual({ ok: true, value: null });
    now += 1500;
    expect(await open('nobody')).toMatchObject({ ok: false, error: /unknown company/ });
    expect(opened).toEqual([
      ['ibm', 4],
      ['ibm', 5],
      ['ibm', 4],
    ]);
    db.close();
  });
});

describe('the day a report may be dated', () => {
  it("takes a report dated today on the user's calendar, east of UTC before UTC's midnight", async () => {
    const { listReports } = await import('../db/reports');
    const zone = process.env.TZ;
    process.env.TZ = 'Australia/Sydney';
    try {
      const db = await databaseOfIbm('today');
      const handlers = backgroundHandlers({
        database: async () => db,
        dictionary: () => Promise.reject(new Error('unused')),
        openDetailsTab: async () => {},
        setBadge: async () => {},
        badgeWords: ENGLISH_BADGE_WORDS,
        newId: () => 'sydney-1',
        // 21:00 UTC on 1 January: already 2 January in Sydney.
        now: () => new Date('2026-01-01T21:00:00Z'),
        ...NO_UPDATES,
      });
      const self = { id: 'ext', pagesOrigin: 'chrome-extension://ext/' };
      const report = {
        companyId: 'ibm',
        companyName: 'IBM',
        kind: 'contract',
        date: '2026-01-02',
        description: 'Filed on the evening it happened.',
        sourceUrl: 'https://example.org/today',
      };
      const reply = await dispatch(
        { type: 'addReport', report },
        { id: 'ext', url: 'chrome-extension://ext/popup.html' },
        self,
        handlers,
      );
      expect(reply).toMatchObject({ ok: true, value: { ok: true } });
      expect((await listReports(db)).map((r) => r.date)).toContain('2026-01-02');
      db.close();
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });
});
