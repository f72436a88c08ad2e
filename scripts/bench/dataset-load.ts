// The dataset's first load into IndexedDB as a user meets it: the extension installed into a
// Chromium that is already running and idle (CDP `Extensions.loadUnpacked`, as a store
// install would), timed by the background itself (`totalMs` of its load record: reading the
// packaged file, checking it, grouping, the transaction). Each run gets a fresh profile.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_PATH, OFFLINE_ARGS } from '../lib/chromium.ts';

/** Long enough for a fresh browser's own start-up work to be over before the install. */
const IDLE_BEFORE_INSTALL_MS = 3000;
/**
 * Nothing of the extension's is opened while it loads (a page would share its process); its
 * record is read after this, or when the load is done if it takes longer.
 */
const UNDISTURBED_MS = 6000;

/** One load, in ms: the whole of it, and its steps (reading and checking, grouping, the transaction). */
export interface LoadTimes {
  totalMs: number;
  readMs: number;
  groupMs: number;
  transactionMs: number;
}

/** `runs` loads, sorted by their whole time. */
export async function benchDatasetLoad(extensionDir: string, runs: number): Promise<LoadTimes[]> {
  const times: LoadTimes[] = [];
  for (let run = 0; run < runs; run++) {
    const profile = mkdtempSync(join(tmpdir(), 'backstory-load-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_PATH,
      headless: false,
      // Playwright turns extensions off unless told not to; loadUnpacked needs the debugging switch.
      ignoreDefaultArgs: ['--disable-extensions'],
      args: [
        '--headless=new',
        '--no-sandbox',
        '--disable-gpu',
        '--enable-unsafe-extension-debugging',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        ...OFFLINE_ARGS,
      ],
    });
    try {
      await (await context.newPage()).goto('about:blank');
      await new Promise((resolve) => setTimeout(resolve, IDLE_BEFORE_INSTALL_MS));
      const session = await context.browser()!.newBrowserCDPSession();
      const { id } = (await session.send(
        'Extensions.loadUnpacked' as never,
        { path: extensionDir } as never,
      )) as {
        id: string;
      };
      await new Promise((resolve) => setTimeout(resolve, UNDISTURBED_MS));
      const page = await context.newPage();
      await page.goto(`chrome-extension://${id}/options.html`);
      // The background answers once its load is done.
      const info = (await page.evaluate(`chrome.runtime.sendMessage({ type: 'getDatasetInfo' })`)) as {
        ok: boolean;
        value?: { totalMs: number; readMs: number; groupMs: number; loadMs: number } | null;
      };
      if (!info.ok || !info.value) throw new Error('no load record');
      const { totalMs, readMs, groupMs, loadMs } = info.value;
      times.push({ totalMs, readMs, groupMs, transactionMs: loadMs });
    } finally {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
  }
  return times.sort((a, b) => a.totalMs - b.totalMs);
}
