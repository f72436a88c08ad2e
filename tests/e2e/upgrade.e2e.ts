// A dataset update in real Chromium: install with one dataset, add a report, update the
// extension in place to another dataset, and the report is still there beside the new data.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeDatasetFile, encodeDatasetFile } from '../../lib/dataset/file.ts';
import { launchWithExtension } from '../../scripts/lib/chromium.ts';
import { EXTENSION_DIRS } from './support/fixtures.ts';

const work = mkdtempSync(join(tmpdir(), 'backstory-upgrade-'));
const extensionDir = join(work, 'extension');
const profileDir = join(work, 'profile');

async function datasetInfo(
  page: Page,
): Promise<{ meta: { version: string }; loadMs: number; totalMs: number }> {
  return page.evaluate(async () => {
    const runtime = (
      globalThis as unknown as {
        chrome: { runtime: { sendMessage: (m: unknown) => Promise<{ value: never }> } };
      }
    ).chrome.runtime;
    return (await runtime.sendMessage({ type: 'getDatasetInfo' })).value;
  });
}

describe('a dataset update', () => {
  let context: BrowserContext | undefined;
  afterAll(async () => {
    await context?.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('keeps the user reports while the dataset changes underneath', async () => {
    cpSync(EXTENSION_DIRS.chromium, extensionDir, { recursive: true });
    const original = decodeDatasetFile(
      JSON.parse(gunzipSync(readFileSync(join(extensionDir, 'dataset.json.gz'))).toString('utf8')),
    );
    const palantirAwards = original.awards.filter((a) => a.companyId === 'palantir').length;

    // First install: the packaged dataset is loaded; the user files a report.
    let launched = await launchWithExtension(extensionDir, { userDataDir: profileDir });
    context = launched.context;
    let popup = await context.newPage();
    await popup.goto(`chrome-extension://${launched.extensionId}/popup.html?company=palantir`);
    await popup.locator('article.details').waitFor({ timeout: 30_000 });
    const first = await datasetInfo(popup);
    expect(first.meta.version).toBe(original.meta.version);
    console.log(`dataset load in Chromium: transaction ${first.loadMs} ms, whole load ${first.totalMs} ms`);
    await popup.locator('article.details button.primary').click();
    await popup.locator('#report-date').fill('2025-01-15');
    await popup.locator('#report-description').fill('A report filed before the dataset update.');
    await popup.locator('#report-sourceUrl').fill('https://example.org/before-update');
    await popup.locator('form.report-form button[type=submit]').click();
    await popup.locator('.report-saved button', { hasText: 'Done' }).click();
    await popup.locator('li.report').waitFor();
    await context.close();

    // The update: a new dataset (one Palantir award fewer) and a new extension version.
    const updated = { ...original, meta: { ...original.meta, version: 'e2e-updated-dataset' } };
    const dropped = original.awards.findIndex((a) => a.companyId === 'palantir');
    updated.awards = original.awards.filter((_, i) => i !== dropped);
    writeFileSync(
      join(extensionDir, 'dataset.json.gz'),
      gzipSync(JSON.stringify(encodeDatasetFile(updated))),
    );
    writeFileSync(
      join(extensionDir, 'dataset-version.json'),
      JSON.stringify({ version: 'e2e-updated-dataset' }),
    );
    const manifestPath = join(extensionDir, 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { version: string };
    writeFileSync(manifestPath, JSON.stringify({ ...manifest, version: '99.0.0' }));

    launched = await launchWithExtension(extensionDir, { userDataDir: profileDir });
    context = launched.context;
    popup = await context.newPage();
    await popup.goto(`chrome-extension://${launched.extensionId}/popup.html?company=palantir`);
    await popup.locator('article.details').waitFor({ timeout: 30_000 });
    expect((await datasetInfo(popup)).meta.version).toBe('e2e-updated-dataset');
    expect(await popup.locator('li.award').count()).toBe(Math.min(palantirAwards - 1, 25));
    expect(await popup.locator('article.details .summary').innerText()).toContain(
      `${palantirAwards - 1} ICE/CBP contracts`,
    );
    const report = popup.locator('li.report');
    await report.waitFor();
    expect(await report.innerText()).toContain('A report filed before the dataset update.');
  });
});
