// When Backstory is reloaded, updated or removed, Chrome leaves the old script in open pages
// with its extension API gone. It must take its marks and listeners away when it notices
// (the next time the pointer moves), and leave the page as it found it.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { servePages, type PageServer } from '../../scripts/lib/seed-page.ts';
import { launchWithExtension } from '../../scripts/lib/chromium.ts';
import { bodyUntouched, EXTENSION_DIRS, MARKS_PAINTED, pointOfWord, seedHtml } from './support/fixtures.ts';
import { chromiumCard } from '../../scripts/lib/card-inspector.ts';

const html = seedHtml();
const MARK_COUNT = `(CSS.highlights.get('backstory-underline')?.size ?? 0)`;

describe.skipIf(html === undefined)('Backstory going away under an open page', () => {
  const work = mkdtempSync(join(tmpdir(), 'backstory-lifetime-'));
  let context: BrowserContext | undefined;
  let server: PageServer | undefined;

  afterAll(async () => {
    await context?.close();
    await server?.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('clears its marks and stops answering the pointer once the extension is reloaded', async () => {
    const extensionDir = join(work, 'extension');
    cpSync(EXTENSION_DIRS.chromium, extensionDir, { recursive: true });
    server = await servePages(new Map([['/article.html', html!]]));
    const launched = await launchWithExtension(extensionDir);
    context = launched.context;
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(server.url('/article.html'));
    await page.waitForFunction(MARKS_PAINTED, undefined, { timeout: 10_000 });

    // The marks and the card work while the extension lives.
    const palantir = (await page.evaluate(pointOfWord('Palantir'))) as { x: number; y: number };
    await page.mouse.move(palantir.x, palantir.y);
    const card = chromiumCard(page);
    await card.waitFor('visible');
    await page.mouse.move(5, 5);
    await card.waitFor('hidden');

    // Reloading the extension orphans the script in the open page (Chrome does not re-inject).
    await launched.worker!.evaluate('chrome.runtime.reload()').catch(() => undefined);
    await page.waitForTimeout(1_000);
    // Nothing told the old script yet: its marks are still on the page.
    expect(await page.evaluate(MARK_COUNT)).toBeGreaterThan(0);

    await page.mouse.move(palantir.x, palantir.y);
    await page.mouse.move(palantir.x + 2, palantir.y);
    await page.waitForFunction(`${MARK_COUNT} === 0`, undefined, { timeout: 5_000 });
    // The old card went with it, and nothing else of Backstory's is left in the page.
    await page.waitForTimeout(800);
    expect(await page.evaluate(`!!document.querySelector('backstory-root')`)).toBe(false);
    expect(await page.evaluate(bodyUntouched(html!))).toBe(true);
  });
});
