// Every saved page in real Chromium, with Backstory and without: the page's text and its
// elements are the same, and nothing went wrong inside Backstory.
import { basename } from 'node:path';
import type { BrowserContext, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { servePageFiles } from '../../scripts/lib/seed-page.ts';
import { activeTabScanStats, launchWithExtension, OFFLINE_ARGS } from '../../scripts/lib/chromium.ts';
import { EXTENSION_DIRS } from './support/fixtures.ts';
import {
  comparePage,
  FREEZE_PAGE_CLOCK,
  PAGE_STATE,
  sharedPageFiles,
  type PageState,
  type SweepReport,
} from './support/pages.ts';

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

  /** Loads a page; with Backstory, waits for its scan and collects its errors. */
  async function visit(
    context: BrowserContext,
    url: string,
    errors: string[],
    backstory?: Worker,
  ): Promise<PageState> {
    const page = await context.newPage();
    page.on('pageerror', (error) => {
      if (/chrome-extension:/.test(error.stack ?? '')) errors.push(error.message);
    });
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 }).catch(() => undefined);
    // Read both sides at the same time after load: some pages change on their own clock.
    await page.waitForTimeout(300);
    const state = (await page.evaluate(PAGE_STATE)) as PageState;
    if (backstory) {
      // Then Backstory's own account, which waits for its rescans of the page's changes.
      const { stats, error } = await activeTabScanStats(backstory);
      if (error) errors.push(`no scan stats: ${error}`);
      else errors.push(...(stats?.errors ?? []));
    }
    await page.close();
    return state;
  }

  it('leaves every page as it was, without an error', async () => {
    const report: SweepReport = { problems: [], unstable: [], counts: [] };
    for (const file of files!) {
      const url = server.urlOf(file);
      const name = basename(file);
      const errors: string[] = [];
      const load = async () => ({
        mine: await visit(withBackstory, url, errors, worker),
        theirs: await visit(without, url, []),
      });
      await comparePage(name, await load(), load, report, true);
      if (errors.length > 0) report.problems.push(`${name}: errors ${JSON.stringify(errors)}`);
    }
    if (report.unstable.length > 0) {
      console.log(`pages that change between loads on their own: ${report.unstable.join(', ')}`);
    }
    expect(report.unstable.length).toBeLessThan(files!.length / 10);
    expect(report.problems).toEqual([]);
  }, 900_000);
});
