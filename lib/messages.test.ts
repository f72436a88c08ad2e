import { describe, expect, it } from 'vitest';
import { dispatch, dispatchPageRequest, messageClient, unwrapReply, type Handlers } from './messages';

const self = { id: 'ext', pagesOrigin: 'chrome-extension://ext/' };
const page = { id: 'ext', url: 'chrome-extension://ext/popup.html' };
const contentScript = { id: 'ext', url: 'https://news.example/story' };
const handlers: Handlers = {
  getCompanySummary: async ({ companyId }) => ({
    id: companyId,
    name: 'Palantir',
    awardCount: 1,
    obligatedByAgency: { ICE: 5 },
    actionCount: 2,
    dodObligatedUSD: null,
    reportedContractCount: 0,
    police: null,
    actionsByOwnWorkers: 0,
    parent: null,
    units: [],
    owners: [],
    notable: [],
  }),
  addReport: async () => {
    throw new Error('disk full');
  },
  getPoliceList: async () => ({ total: 0, rows: [], common: null }),
};

/** Well-formed as a message, wrong as a report: the handler, not the schema, decides. */
const emptyReport = {
  companyId: 'x',
  companyName: '',
  kind: 'other',
  date: '',
  description: '',
  sourceUrl: '',
};

/** The popup's first police query, well formed. */
const policeQuery = { state: '', technology: '', sort: 'agency', ascending: true, limit: 40 };

describe('dispatch', () => {
  it('answers a valid request', async () => {
    const reply = await dispatch(
      { type: 'getCompanySummary', companyId: 'palantir' },
      contentScript,
      self,
      handlers,
    );
    expect(unwrapReply(reply, 'getCompanySummary').awardCount).toBe(1);
  });
  it('refuses unknown and malformed messages without throwing', async () => {
    for (const raw of [
      null,
      42,
      'hi',
      {},
      { type: 'dropDatabase' },
      { type: 'getCompanySummary' },
      { type: 'getCompanySummary', companyId: '../x' },
      { type: 'getPoliceList', companyId: 'amazon' },
      { type: 'getPoliceList', companyId: 'amazon', query: { ...policeQuery, sort: 'id; drop' } },
      { type: 'getPoliceList', companyId: 'amazon', query: { ...policeQuery, limit: 0 } },
      { type: 'getPoliceList', companyId: 'amazon', query: { ...policeQuery, limit: 1e9 } },
      { type: 'getPoliceList', companyId: 'amazon', query: { ...policeQuery, state: 'California' } },
      { type: 'getPoliceList', companyId: 'amazon', query: { ...policeQuery, ascending: 'yes' } },
    ]) {
      const reply = await dispatch(raw, page, self, handlers);
      expect(reply.ok).toBe(false);
    }
  });
  it('answers a well-formed police list query', async () => {
    const asked: unknown[] = [];
    const reply = await dispatch(
      { type: 'getPoliceList', companyId: 'amazon', query: { ...policeQuery, state: 'CA' } },
      page,
      self,
      {
        getPoliceList: async ({ query }) => {
          asked.push(query);
          return { total: 0, rows: [], common: null };
        },
      },
    );
    expect(reply.ok).toBe(true);
    expect(asked).toEqual([{ ...policeQuery, state: 'CA' }]);
  });
  it('refuses messages from other extensions', async () => {
    const reply = await dispatch({ type: 'listCompanies' }, { id: 'evil' }, self, handlers);
    expect(reply).toEqual({ ok: false, error: 'message from outside Backstory refused' });
  });
  it("takes reports, and gives out a company's details (which hold them), only to extension pages", async () => {
    const reply = await dispatch({ type: 'addReport', report: emptyReport }, contentScript, self, handlers);
    expect(reply).toMatchObject({ ok: false, error: /only from Backstory's own pages/ });
    const requests = [
      { type: 'getCompanyDetails', companyId: 'palantir' },
      { type: 'listReports' },
      { type: 'deleteReport', id: 'r1' },
      { type: 'importReports', text: '{}' },
    ];
    for (const request of requests) {
      expect(await dispatch(request, contentScript, self, handlers)).toMatchObject({
        ok: false,
        error: /only from Backstory's own pages/,
      });
    }
  });
  it('turns a failing handler into an error reply', async () => {
    expect(await dispatch({ type: 'addReport', report: emptyReport }, page, self, handlers)).toEqual({
      ok: false,
      error: 'disk full',
    });
  });
  it('says when no reply came', () => {
    expect(() => unwrapReply(undefined, 'listCompanies')).toThrow(/no answer/);
  });
});

describe('dispatchPageRequest', () => {
  const self = { id: 'ext' };
  const handlers = {
    getPageMentions: async () => ({
      companies: [],
      site: 'example.org',
      active: true,
      ownSiteCompanyId: null,
    }),
    getScanStats: async () => {
      throw new Error('not scanned yet');
    },
    getPageInfo: async () => ({ url: 'https://example.org/', title: 'Example' }),
    showCardAtSelection: async () => false,
    settingsChanged: async () => null,
  };
  it('answers its own requests from Backstory', async () => {
    expect(await dispatchPageRequest({ type: 'getPageInfo' }, { id: 'ext' }, self, handlers)).toEqual({
      ok: true,
      value: { url: 'https://example.org/', title: 'Example' },
    });
    expect(await dispatchPageRequest({ type: 'getScanStats' }, { id: 'ext' }, self, handlers)).toEqual({
      ok: false,
      error: 'not scanned yet',
    });
  });
  it('refuses forged, malformed and unknown requests with a reason', async () => {
    const send = (raw: unknown, id = 'ext') => dispatchPageRequest(raw, { id }, self, handlers);
    expect(await send({ type: 'getPageInfo' }, 'other-extension')).toMatchObject({
      ok: false,
      error: /outside/,
    });
    expect(await send('getPageInfo')).toMatchObject({ ok: false, error: /no type/ });
    expect(await send([{ type: 'getPageInfo' }])).toMatchObject({ ok: false, error: /no type/ });
    expect(await send({ type: 'addReport' })).toMatchObject({
      ok: false,
      error: 'no handler for addReport here',
    });
    expect(await send({ type: 'getPageInfo', extra: '<script>' })).toMatchObject({
      ok: false,
      error: 'malformed message: getPageInfo takes no field extra',
    });
    expect(await send({ type: 'settingsChanged', settings: {} })).toEqual({ ok: true, value: null });
    expect(await send({ type: 'toString' })).toMatchObject({
      ok: false,
      error: 'no handler for toString here',
    });
  });
});

describe('messageClient', () => {
  function fakePorts(answer: (message: unknown) => unknown) {
    const sent: { to: string; message: unknown; options?: unknown }[] = [];
    return {
      sent,
      ports: {
        runtime: {
          sendMessage: async (message: unknown) => {
            sent.push({ to: 'background', message });
            return answer(message);
          },
        },
        tabs: {
          sendMessage: async (tabId: number, message: unknown, options?: unknown) => {
            sent.push({ to: `tab ${tabId}`, message, options });
            return answer(message);
          },
        },
      },
    };
  }

  it('asks the background and unwraps its answer, or throws its reason', async () => {
    const { ports } = fakePorts((m) =>
      (m as { type: string }).type === 'listCompanies'
        ? { ok: true, value: [{ id: 'ibm', name: 'IBM' }] }
        : { ok: false, error: 'unknown company "x"' },
    );
    const client = messageClient(ports);
    expect(await client.ask({ type: 'listCompanies' })).toEqual([{ id: 'ibm', name: 'IBM' }]);
    await expect(client.ask({ type: 'getCompanySummary', companyId: 'x' })).rejects.toThrow(
      'unknown company "x"',
    );
  });

  it('tells without waiting, and drops a failure', async () => {
    const { ports, sent } = fakePorts(() => {
      throw new Error('the extension went away');
    });
    expect(messageClient(ports).tell({ type: 'openDetails', companyId: 'ibm' })).toBeUndefined();
    await Promise.resolve();
    expect(sent).toEqual([{ to: 'background', message: { type: 'openDetails', companyId: 'ibm' } }]);
  });

  it("asks a tab's top frame, or every frame, and says when there are no tabs to ask", async () => {
    const { ports, sent } = fakePorts(() => ({ ok: true, value: { url: 'https://a.example/', title: 'A' } }));
    const client = messageClient(ports);
    expect(await client.askTab(7, { type: 'getPageInfo' })).toEqual({
      url: 'https://a.example/',
      title: 'A',
    });
    await client.askTab(7, { type: 'showCardAtSelection' }, null);
    expect(sent.map((s) => [s.to, s.options])).toEqual([
      ['tab 7', { frameId: 0 }],
      ['tab 7', undefined],
    ]);
    await expect(
      messageClient({ runtime: ports.runtime }).askTab(7, { type: 'getPageInfo' }),
    ).rejects.toThrow(/no tabs/);
  });
});
