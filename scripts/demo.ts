// npm start: builds nothing itself (start.sh does), serves the seed article on 127.0.0.1 and
// opens Chromium with Backstory loaded on it. With a display, the browser stays open for
// you; without one, it runs headless, hovers a name, writes screenshots and prints a
// one-line summary of what it found.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchWithExtension } from './lib/chromium.ts';
import { renderSeedArticle, seedArticleText, servePages } from './lib/seed-page.ts';
import { REPO_ROOT, skipOrFail } from './shared-dir.ts';
import { chromiumCard } from './lib/card-inspector.ts';
import { demoSummary, markTexts } from './lib/demo-summary.ts';

const EXTENSION_DIR = resolve(REPO_ROOT, '.output/chrome-mv3');
const OUT_DIR = resolve(REPO_ROOT, '.output/demo');
const headless = !process.env.DISPLAY || process.argv.includes('--headless');

const text = seedArticleText();
if (text === undefined) skipOrFail('demo', '../shared/seed/article.txt not found');
const server = await servePages(new Map([['/article.html', renderSeedArticle(text)]]));
const { context } = await launchWithExtension(EXTENSION_DIR, { headed: !headless });
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(server.url('/article.html'));

if (!headless) {
  console.log(
    `Backstory is loaded on ${server.url('/article.html')}: hover a marked name. Close the browser to stop.`,
  );
  await new Promise((resolve) => context.on('close', resolve));
  await server.close();
  process.exit(0);
}

mkdirSync(OUT_DIR, { recursive: true });
await page.waitForFunction(() => (CSS.highlights.get('backstory-underline')?.size ?? 0) > 0, undefined, {
  timeout: 15_000,
});
// A mark is a static range, which has no text of its own: its text is read from its node.
const marks = (await page.evaluate(markTexts('backstory-underline'))) as string[];
const point = await page.evaluate(() => {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    const i = n.data.indexOf('Palantir');
    if (i < 0) continue;
    const range = document.createRange();
    range.setStart(n, i);
    range.setEnd(n, i + 8);
    const box = range.getBoundingClientRect();
    return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  }
  return null;
});
let card = '(no card)';
if (point) {
  await page.mouse.move(point.x, point.y);
  // The card's shadow root is closed to the page; the DevTools protocol reads it.
  const inspector = chromiumCard(page);
  await inspector.waitFor('visible');
  card = (await inspector.waitForText('Details'))
    .replace(/\s+/g, ' ')
    .replace(/^BACKSTORY × /i, '')
    .trim();
}
await page.screenshot({ path: resolve(OUT_DIR, 'seed-with-card.png') });
console.log(demoSummary(marks, card, resolve(OUT_DIR, 'seed-with-card.png')));
await context.close();
await server.close();
