// Dataset updates in real Firefox ESR, against a server on 127.0.0.1: the same promises as in
// Chromium, and here the whole permission path, since Firefox can grant an optional host
// without a prompt (extensions.webextOptionalPermissionPrompts): turning updates on asks for
// the update host only, turning them off gives it back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { servePages, type PageServer } from '../../scripts/lib/seed-page.ts';
import { generateUpdateKey } from '../../scripts/lib/update-package.ts';
import { dataset, READ_MARKS } from './support/fixtures.ts';
import { launchFirefox, openExtensionTab, type FirefoxWithExtension } from './support/firefox.ts';
import {
  buildForUpdates,
  NEW_COMPANY,
  NEW_COMPANY_PAGE,
  REFUSALS,
  startUpdateServer,
  SURVIVING_REPORT,
  updateScenarios,
  UPDATE_VERSION,
  type Served,
  type UpdateServer,
} from './support/updates.ts';

const ADDON_ID = 'backstory@backstory.dev';
const PALANTIR_PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>Palantir</title></head>
<body><p>Palantir renewed its case-management contract with ICE.</p></body></html>`;
const REPORT = SURVIVING_REPORT;

describe('Firefox: dataset updates', () => {
  let updates: UpdateServer;
  let pages: PageServer;
  let firefox: FirefoxWithExtension;
  let options: string;
  let scenarios: Record<string, Served>;

  beforeAll(async () => {
    const key = await generateUpdateKey();
    const dir = buildForUpdates('firefox', key.publicBase64);
    scenarios = await updateScenarios(key);
    updates = await startUpdateServer();
    pages = await servePages(
      new Map([
        ['/palantir.html', PALANTIR_PAGE],
        ['/new-company.html', NEW_COMPANY_PAGE],
      ]),
    );
    firefox = await launchFirefox(dir, ADDON_ID, { 'extensions.webextOptionalPermissionPrompts': false });
    options = await openExtensionTab(firefox, pages.url('/palantir.html'), 'Palantir');
    await firefox.session.evaluate(options, `(location.assign('/options.html'), true)`);
    await firefox.session.waitFor(options, `document.querySelector('input[name="dataset-updates"]')`);
  }, 180_000);

  afterAll(async () => {
    await firefox?.close();
    await updates?.close();
    await pages?.close();
  });

  const evaluate = <T>(expression: string) => firefox.session.evaluate<T>(options, expression);
  const send = <T>(message: unknown) =>
    evaluate<T>(`browser.runtime.sendMessage(${JSON.stringify(message)})`);
  const reports = async () =>
    (await send<{ value: { description: string }[] }>({ type: 'listReports' })).value.map(
      (r) => r.description,
    );
  const inUse = () => evaluate<string>(`document.querySelector('[data-in-use]').getAttribute('data-in-use')`);
  const lastCheck = () => evaluate<string>(`document.querySelector('[data-last-check]')?.textContent ?? ''`);
  const origins = () => evaluate<string[]>(`browser.permissions.getAll().then((p) => p.origins)`);
  /** A real click (the permission request needs the user's own gesture). */
  const clickToggle = async () => {
    const box = await evaluate<{ x: number; y: number }>(`(() => {
      const input = document.querySelector('input[name="dataset-updates"]');
      input.scrollIntoView({ block: 'center' });
      const r = input.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    })()`);
    await firefox.session.click(options, box.x, box.y);
  };

  it('sends no request while the option is off', async () => {
    expect(await send({ type: 'addReport', report: REPORT })).toMatchObject({ value: { ok: true } });
    expect(await inUse()).toBe(dataset.meta.version);
    expect(await origins()).not.toContain('http://127.0.0.1/*');
    expect(updates.requests).toEqual([]);
  });

  it('asks for the update host only when turned on, and checks at once', async () => {
    updates.serve(scenarios.serverError!);
    await clickToggle();
    await firefox.session.waitFor(options, `document.querySelector('[data-last-check="refused"]')`, 15_000);
    expect(await lastCheck()).toMatch(/the server answered with status 500/);
    expect(await origins()).toEqual(['http://127.0.0.1/*']);
  });

  // Its 500 is seen when updates are turned on, above.
  const refusals = REFUSALS.filter(([scenario]) => scenario !== 'serverError');
  for (const [scenario, reason] of refusals) {
    it(`keeps the dataset and every report when the update is ${scenario}`, async () => {
      updates.serve(scenarios[scenario]!);
      const before = await lastCheck();
      await evaluate(`document.querySelector('button.check-now').click()`);
      await firefox.session.waitFor(
        options,
        `(() => {
          const text = document.querySelector('[data-last-check]')?.textContent ?? '';
          return text !== ${JSON.stringify(before)} && !document.querySelector('button.check-now[disabled]');
        })()`,
        20_000,
      );
      expect(await lastCheck()).toMatch(reason);
      expect(await inUse()).toBe(dataset.meta.version);
      expect(await reports()).toEqual([REPORT.description]);
    });
  }

  it('applies a signed newer update, and pages mark a company only it has', async () => {
    updates.serve(scenarios.valid!);
    await evaluate(`document.querySelector('button.check-now').click()`);
    await firefox.session.waitFor(options, `document.querySelector('[data-last-check="applied"]')`, 30_000);
    expect(await inUse()).toBe(UPDATE_VERSION);
    expect(await reports()).toEqual([REPORT.description]);
    await firefox.session.navigate(firefox.firstContext, pages.url('/new-company.html'));
    await firefox.session.waitFor(firefox.firstContext, READ_MARKS);
    expect(await firefox.session.evaluate(firefox.firstContext, READ_MARKS)).toEqual([NEW_COMPANY.name]);
  });

  it('gives the host back when turned off, and asks nothing more', async () => {
    await clickToggle();
    await firefox.session.waitFor(options, `document.querySelector('[data-updates="off"]')`);
    expect(await origins()).not.toContain('http://127.0.0.1/*');
    const asked = updates.requests.length;
    await new Promise((r) => setTimeout(r, 1000));
    expect(updates.requests.length).toBe(asked);
    expect(await inUse()).toBe(UPDATE_VERSION);
  });
});
