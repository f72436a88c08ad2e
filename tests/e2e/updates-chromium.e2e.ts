// Dataset updates in real Chromium, against a server on 127.0.0.1: nothing is asked for while
// the option is off; turned on, a signed newer update is applied (the card then knows a
// company only the update has), and each kind of bad update leaves the dataset as it was,
// says why on the options page, and loses no report.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension } from '../../scripts/lib/chromium.ts';
import { chromiumCard } from '../../scripts/lib/card-inspector.ts';
import { servePages, type PageServer } from '../../scripts/lib/seed-page.ts';
import { generateUpdateKey } from '../../scripts/lib/update-package.ts';
import { dataset, pointOfWord, READ_MARKS, SCREENSHOT_DIR } from './support/fixtures.ts';
import {
  buildForUpdates,
  NEW_COMPANY,
  NEW_COMPANY_PAGE,
  extensionRequests,
  REFUSALS,
  startUpdateServer,
  SURVIVING_REPORT,
  UPDATE_ADDRESS,
  updateScenarios,
  UPDATE_VERSION,
  type Served,
  type UpdateServer,
} from './support/updates.ts';

const REPORT = SURVIVING_REPORT;

describe('Chromium: dataset updates', () => {
  let updates: UpdateServer;
  let pages: PageServer;
  let context: BrowserContext;
  let extensionId: string;
  let options: Page;
  let scenarios: Record<string, Served>;
  let netLog: string;

  beforeAll(async () => {
    const key = await generateUpdateKey();
    const dir = buildForUpdates('chrome', key.publicBase64);
    scenarios = await updateScenarios(key);
    updates = await startUpdateServer();
    pages = await servePages(new Map([['/new-company.html', NEW_COMPANY_PAGE]]));
    // Chromium's own network log: every request, with who made it.
    netLog = join(mkdtempSync(join(tmpdir(), 'backstory-netlog-')), 'netlog.json');
    const launched = await launchWithExtension(dir, { extraArgs: [`--log-net-log=${netLog}`] });
    context = launched.context;
    extensionId = launched.extensionId!;
    options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.locator('input[name="dataset-updates"]').waitFor();
  }, 180_000);

  afterAll(async () => {
    await context?.close();
    await updates?.close();
    await pages?.close();
  });

  const send = (message: unknown) =>
    options.evaluate(
      (m) =>
        (
          globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
        ).chrome.runtime.sendMessage(m),
      message,
    ) as Promise<{ ok: boolean; value: unknown }>;
  const reports = async () =>
    ((await send({ type: 'listReports' })).value as { description: string }[]).map((r) => r.description);
  const inUse = () => options.locator('[data-in-use]').getAttribute('data-in-use');
  const lastCheck = () => options.locator('[data-last-check]').innerText();

  it('sends no request while the option is off', async () => {
    expect((await send({ type: 'addReport', report: REPORT })).value).toMatchObject({ ok: true });
    const page = await context.newPage();
    await page.goto(pages.url('/new-company.html'));
    await options.reload();
    await options.locator('input[name="dataset-updates"]').waitFor();
    await new Promise((r) => setTimeout(r, 1500));
    await page.close();
    expect(await options.locator('input[name="dataset-updates"]').isChecked()).toBe(false);
    expect(await inUse()).toBe(dataset.meta.version);
    expect(updates.requests).toEqual([]);
    // Not only the update server: the browser's network log shows no request of Backstory's.
    expect(extensionRequests(netLog, extensionId)).toEqual([]);
  });

  it('asks for the update host when turned on, and checks at once', async () => {
    updates.serve(scenarios.serverError!);
    await options.locator('input[name="dataset-updates"]').click();
    await options.locator('[data-last-check="refused"]').waitFor({ timeout: 15_000 });
    expect(await lastCheck()).toMatch(
      /the server answered with status 500\. The dataset in use is unchanged\./,
    );
    const granted = await options.evaluate(() =>
      (
        globalThis as unknown as { chrome: { permissions: { getAll(): Promise<{ origins: string[] }> } } }
      ).chrome.permissions.getAll(),
    );
    expect(granted.origins).toContain('http://127.0.0.1/*');
  });

  const refusals = REFUSALS;
  for (const [scenario, reason] of refusals) {
    it(`keeps the dataset and every report when the update is ${scenario}`, async () => {
      updates.serve(scenarios[scenario]!);
      const before = await lastCheck();
      await options.locator('button.check-now').click();
      await options.waitForFunction(
        (previous) => {
          const text = document.querySelector('[data-last-check]')?.textContent ?? '';
          return text !== previous && !document.querySelector('button.check-now[disabled]');
        },
        before,
        { timeout: 20_000 },
      );
      expect(await lastCheck()).toMatch(reason);
      expect(await inUse()).toBe(dataset.meta.version);
      expect(await reports()).toEqual([REPORT.description]);
    });
  }

  it('applies a signed newer update: the card knows a company only it has, reports intact', async () => {
    updates.serve(scenarios.valid!);
    await options.locator('button.check-now').click();
    await options.locator('[data-last-check="applied"]').waitFor({ timeout: 30_000 });
    expect(await inUse()).toBe(UPDATE_VERSION);
    expect(await options.locator('[data-in-use]').innerText()).toMatch(/downloaded update/);
    expect(await reports()).toEqual([REPORT.description]);
    await options
      .locator('section[aria-labelledby="updates"]')
      .screenshot({ path: resolve(SCREENSHOT_DIR, 'options-updates.png') });

    const page = await context.newPage();
    await page.goto(pages.url('/new-company.html'));
    await page.waitForFunction(READ_MARKS, undefined, { timeout: 10_000 });
    expect(await page.evaluate(READ_MARKS)).toEqual([NEW_COMPANY.name]);
    const point = (await page.evaluate(pointOfWord('Quillfeather'))) as { x: number; y: number };
    await page.mouse.move(point.x, point.y);
    await chromiumCard(page).waitForText(NEW_COMPANY.name);
    await page.close();
  });

  // Giving the host back is tested in Firefox: this build has it granted at install.
  it('asks nothing more once turned off', async () => {
    await options.locator('input[name="dataset-updates"]').click();
    await options.locator('[data-updates="off"]').waitFor();
    const asked = updates.requests.length;
    await options.reload();
    await options.locator('input[name="dataset-updates"]').waitFor();
    await new Promise((r) => setTimeout(r, 1000));
    expect(updates.requests.length).toBe(asked);
    // The update stays in use: turning checks off does not throw data away.
    expect(await inUse()).toBe(UPDATE_VERSION);
    // In the whole run, Backstory asked the update address and nothing else.
    const backstoryAsked = extensionRequests(netLog, extensionId);
    expect(backstoryAsked.length).toBeGreaterThan(0);
    expect(backstoryAsked.filter((url) => !url.startsWith(UPDATE_ADDRESS))).toEqual([]);
  });
});
