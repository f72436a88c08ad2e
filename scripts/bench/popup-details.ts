// How soon a company's view is on screen after a click in the popup's list, in real
// Chromium: from the click to the popup's own `backstory:details-shown` mark, on the seed
// article. Measured here, not asserted in a test: a timing depends on the machine.
import type { Page } from 'playwright-core';
import { launchWithExtension, OFFLINE_ARGS } from '../lib/chromium.ts';
import { renderSeedArticle, servePages } from '../lib/seed-page.ts';

const MARKS_PAINTED = `(CSS.highlights.get('backstory-underline')?.size ?? 0) > 0`;

export interface PopupFigures {
  /** Click to the company's view on screen, sorted. */
  detailsMs: number[];
  /** Click to its police list on screen (it comes after the view), sorted; empty without one. */
  policeListMs: number[];
  /** Each keystroke of a place search to its results on screen, sorted. */
  keystrokeMs: number[];
  /** The background's whole first load of the dataset into IndexedDB (read, check, write), at the browser's first start. */
  datasetLoadMs: number | null;
}

/** Typed one key at a time into the popup's search, each timed to the next change of its results. */
const TIME_KEYSTROKES = `async (text) => {
  const input = document.querySelector('input[type=search]');
  const section = input.closest('section');
  const times = [];
  input.focus();
  for (let i = 1; i <= text.length; i++) {
    const changed = new Promise((resolve) => {
      const observer = new MutationObserver(() => { observer.disconnect(); resolve(performance.now()); });
      observer.observe(section, { childList: true, subtree: true, characterData: true });
      setTimeout(() => { observer.disconnect(); resolve(NaN); }, 500);
    });
    const started = performance.now();
    input.value = text.slice(0, i);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    const done = await changed;
    if (Number.isFinite(done)) times.push(done - started);
    await new Promise((r) => setTimeout(r, 30));
  }
  return times;
}`;

export async function benchPopupDetails(
  extensionDir: string,
  seedArticle: string,
  { runs, companyId, placeQuery }: { runs: number; companyId: string; placeQuery: string },
): Promise<PopupFigures> {
  const server = await servePages(new Map([['/article.html', renderSeedArticle(seedArticle)]]));
  const { context, extensionId, worker } = await launchWithExtension(extensionDir, {
    extraArgs: OFFLINE_ARGS,
  });
  try {
    // The view is timed once the dataset is loaded: its first load is timed on its own.
    const loaded = await context.newPage();
    await loaded.goto(`chrome-extension://${extensionId}/popup.html`);
    const info = (await loaded.evaluate(`chrome.runtime.sendMessage({ type: 'getDatasetInfo' })`)) as {
      ok: boolean;
      value?: { totalMs?: number } | null;
    };
    await loaded.close();
    const article = await context.newPage();
    await article.goto(server.url('/article.html'));
    await article.waitForFunction(MARKS_PAINTED);
    await article.bringToFront();
    const tabId = (await worker!.evaluate(
      `chrome.tabs.query({ active: true, lastFocusedWindow: true }).then(([tab]) => tab.id)`,
    )) as number;
    const timings: number[] = [];
    const policeTimings: number[] = [];
    for (let run = 0; run < runs; run++) {
      const popup: Page = await context.newPage();
      await popup.setViewportSize({ width: 400, height: 600 });
      await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
      const row = popup.locator(`.company-row[data-company="${companyId}"]`);
      await row.waitFor();
      await popup.evaluate(
        `window.__clicked = 0; document.addEventListener('click', () => { window.__clicked = performance.now(); }, { capture: true, once: true })`,
      );
      await row.click();
      // The marks are set after the frame that shows them, a moment after their elements exist.
      await popup.waitForFunction(() => performance.getEntriesByName('backstory:details-shown').length > 0);
      timings.push(
        (await popup.evaluate(
          `performance.getEntriesByName('backstory:details-shown').at(-1).startTime - window.__clicked`,
        )) as number,
      );
      if ((await popup.locator('[data-section="police"]').count()) > 0) {
        await popup.waitForFunction(
          () => performance.getEntriesByName('backstory:police-list-shown').length > 0,
        );
        policeTimings.push(
          (await popup.evaluate(
            `performance.getEntriesByName('backstory:police-list-shown').at(-1).startTime - window.__clicked`,
          )) as number,
        );
      }
      await popup.close();
    }
    const popup: Page = await context.newPage();
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
    // The first keystroke asks for the agencies; the timing starts once they are here.
    await popup.locator('input[type=search]').fill(placeQuery.slice(0, 4));
    await popup.locator('[data-agency]').first().waitFor();
    await popup.locator('input[type=search]').fill('');
    const keystrokes = (await popup.evaluate(
      `(${TIME_KEYSTROKES})(${JSON.stringify(placeQuery)})`,
    )) as number[];
    await popup.close();
    return {
      detailsMs: timings.sort((a, b) => a - b),
      policeListMs: policeTimings.sort((a, b) => a - b),
      keystrokeMs: keystrokes.sort((a, b) => a - b),
      datasetLoadMs: info.ok ? (info.value?.totalMs ?? null) : null,
    };
  } finally {
    await context.close();
    await server.close();
  }
}
