// How soon a company's view is on screen after a click in the popup's list, in real
// Chromium: from the click to the popup's own `backstory:details-shown` mark, on the seed
// article. Measured here, not asserted in a test: a timing depends on the machine.
import type { Page } from 'playwright-core';
import { launchWithExtension, OFFLINE_ARGS } from '../lib/chromium.ts';
import { renderSeedArticle, servePages } from '../lib/seed-page.ts';

const MARKS_PAINTED = `(CSS.highlights.get('backstory-underline')?.size ?? 0) > 0`;

export async function benchPopupDetails(
  extensionDir: string,
  seedArticle: string,
  { runs, companyId }: { runs: number; companyId: string },
): Promise<number[]> {
  const server = await servePages(new Map([['/article.html', renderSeedArticle(seedArticle)]]));
  const { context, extensionId, worker } = await launchWithExtension(extensionDir, {
    extraArgs: OFFLINE_ARGS,
  });
  try {
    const article = await context.newPage();
    await article.goto(server.url('/article.html'));
    await article.waitForFunction(MARKS_PAINTED);
    await article.bringToFront();
    const tabId = (await worker!.evaluate(
      `chrome.tabs.query({ active: true, lastFocusedWindow: true }).then(([tab]) => tab.id)`,
    )) as number;
    const timings: number[] = [];
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
      await popup.locator(`article.details[data-company="${companyId}"]`).waitFor();
      timings.push(
        (await popup.evaluate(
          `performance.getEntriesByName('backstory:details-shown').at(-1).startTime - window.__clicked`,
        )) as number,
      );
      await popup.close();
    }
    return timings.sort((a, b) => a - b);
  } finally {
    await context.close();
    await server.close();
  }
}
