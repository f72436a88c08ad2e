// Every saved page in real Chromium, with Backstory and without: the page's text and its
// elements are the same, and nothing went wrong inside Backstory.
import { basename } from 'node:path';
import type { BrowserContext, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { servePageFiles } from '../../scripts/lib/seed-page.ts';
import { activeTabScanStats, launchWithExtension, OFFLINE_ARGS } from '../../scripts/lib/chromium.ts';
import { EXTENSION_DIRS } from './support/fixtures.ts';
import { FREEZE_PAGE_CLOCK, PAGE_STATE, sharedPageFiles, type PageState } from './support/pages.ts';

const files = sharedPageFiles();

describe.skipIf(!files)('every saved page in Chromium', () => {
  let server: Awaited<ReturnType<typeof servePageFiles>>;
  let withBackstory: BrowserContext;
  let worker: Worker;
  let without: BrowserContext;

  beforeAll(async () => {
    server = await servePageFiles(files!);
    const launched = await launchWithExtension(EXTENSION_DIRS.chromium, { extraArgs: OFFLINE_ARGS });
    withBackstory = launched.context;
    worker = launched.worker!;
    without = (await launchWithExtension(undefined, { extraArgs: OFFLINE_ARGS })).context;
    await withBackstory.addInitScript(FREEZE_PAGE_CLOCK);
    await without.addInitScript(FREEZE_PAGE_CLOCK);
  });
  afterAll(async () => {
    await withBackstory?.close();
    await without?.close();
    await server?.close();
  });

  async function visit(context: BrowserContext, url: string, errors: string[]): Promise<PageState> {
    const page = await context.newPage();
    page.on('pageerror', (error) => {
      if (/chrome-extension:/.test(error.stack ?? '')) errors.push(error.message);
    });
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 }).catch(() => undefined);
    await page.waitForTimeout(300);
    const state = (await page.evaluate(PAGE_STATE)) as PageState;
    await page.close();
    return state;
  }

  it('leaves every page as it was, without an error', async () => {
    const problems: string[] = [];
    for (const file of files!) {
      const url = server.urlOf(file);
      const errors: string[] = [];
      const page = await withBackstory.newPage();
      page.on('pageerror', (error) => {
        if (/chrome-extension:/.test(error.stack ?? '')) errors.push(error.message);
      });
      await page.goto(url, { waitUntil: 'load', timeout: 60_000 }).catch(() => undefined);
      const { stats, error } = await activeTabScanStats(worker);
      if (error) errors.push(`no scan stats: ${error}`);
      else errors.push(...(stats?.errors ?? []));
      const mine = (await page.evaluate(PAGE_STATE)) as PageState;
      await page.close();
      const theirs = await visit(without, url, []);
      const name = basename(file);
      if (errors.length > 0) problems.push(`${name}: errors ${JSON.stringify(errors)}`);
      if (mine.text !== theirs.text) problems.push(`${name}: innerText differs`);
      if (mine.elements !== theirs.elements || mine.hosts !== 0) {
        problems.push(`${name}: ${mine.elements} elements with Backstory, ${theirs.elements} without`);
      }
    }
    expect(problems).toEqual([]);
  }, 900_000);
});
