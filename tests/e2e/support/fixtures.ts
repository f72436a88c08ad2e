// What the e2e tests expect, computed from the same sources the extension uses: the seed
// page, the scan CLI's code, and data/dataset.json.
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { resolve } from 'node:path';
import { decodeDatasetFile } from '../../../lib/dataset/file.ts';
import type { Dataset } from '../../../lib/dataset/schema.ts';
import { loadDictionary } from '../../../lib/matcher/dictionary.ts';
import { readDictionaryFile, scanHtml } from '../../../scripts/scan.ts';
import { renderSeedArticle, seedArticleText } from '../../../scripts/lib/seed-page.ts';
import { REPO_ROOT } from '../../../scripts/shared-dir.ts';

export const dataset: Dataset = decodeDatasetFile(
  JSON.parse(readFileSync(resolve(REPO_ROOT, 'data/dataset.json'), 'utf8')),
);

/** The seed page's HTML, or undefined (with the reason printed) when ../shared is absent. */
export function seedHtml(): string | undefined {
  const text = seedArticleText();
  if (text === undefined) {
    if (process.env.CI === 'true')
      throw new Error('../shared/seed/article.txt is missing; CI must have ../shared');
    console.warn('e2e: skipped, ../shared/seed/article.txt not found (it lives beside the repo)');
    return undefined;
  }
  return renderSeedArticle(text);
}

export async function expectedMentionTexts(html: string): Promise<string[]> {
  const line = await scanHtml('seed', html, loadDictionary(readDictionaryFile()));
  return line.mentions.map((m) => m.text);
}

export function expectedCounts(companyId: string): { awards: number; actions: number } {
  return {
    awards: dataset.awards.filter((a) => a.companyId === companyId).length,
    actions: dataset.actions.filter((a) => a.companyIds.includes(companyId)).length,
  };
}

export const EXTENSION_DIRS = {
  chromium: resolve(REPO_ROOT, '.output/chrome-mv3'),
  firefox: resolve(REPO_ROOT, '.output/firefox-mv2'),
};
export const SCREENSHOT_DIR = resolve(REPO_ROOT, 'docs/screenshots');

/**
 * JS run inside the page: the texts marked in highlight `name`, in document order, or null
 * while there are none (marks are static ranges: their text is read from the node).
 */
export const readMarks = (name: string) => `(() => {
  const h = CSS.highlights.get(${JSON.stringify(name)});
  return h && h.size ? [...h].map((r) => r.startContainer.data.slice(r.startOffset, r.endOffset)) : null;
})()`;

/** JS run inside the page: the texts marked in the default (underline) style. */
export const READ_MARKS = readMarks('backstory-underline');

/** JS run inside the page: sets a form field's value as typing would, telling the page. */
export const typeInto = (selector: string, value: string) => `(() => {
  const field = document.querySelector(${JSON.stringify(selector)});
  field.value = ${JSON.stringify(value)};
  field.dispatchEvent(new Event('input', { bubbles: true }));
  return true;
})()`;

/**
 * JS run inside the page: scrolls the first marked word into view and returns its box, with a
 * little room for the dotted underline below it.
 */
export const FIRST_MARK_BOX = `(() => {
  const mark = [...CSS.highlights.get('backstory-underline')][0];
  mark.startContainer.parentElement.scrollIntoView({ block: 'center' });
  const range = document.createRange();
  range.setStart(mark.startContainer, mark.startOffset);
  range.setEnd(mark.endContainer, mark.endOffset);
  const box = range.getBoundingClientRect();
  return { x: Math.floor(box.x), y: Math.floor(box.y), width: Math.ceil(box.width), height: Math.ceil(box.height) + 4 };
})()`;

/**
 * JS run inside the page: takes Backstory's marks off the page (the registry is shared by the
 * page and the extension), or puts them back; resolves once a frame has been drawn.
 */
export const showMarks = (shown: boolean) => `(() => {
  const name = 'backstory-underline';
  if (${shown}) CSS.highlights.set(name, window.__backstoryMarks);
  else {
    window.__backstoryMarks = CSS.highlights.get(name);
    CSS.highlights.delete(name);
  }
  return new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(true))));
})()`;

/** JS run inside the page: true once Backstory has painted marks. */
export const MARKS_PAINTED = `(CSS.highlights.get('backstory-underline')?.size ?? 0) > 0`;

/** Opens Backstory's popup in a tab the size of the real one, light or dark. */
export async function openPopupPage(
  context: BrowserContext,
  extensionId: string,
  query: string,
  options: { dark?: boolean } = {},
): Promise<Page> {
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  if (options.dark) await popup.emulateMedia({ colorScheme: 'dark' });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?${query}`);
  return popup;
}

/**
 * Sizes a popup page's tab as Chrome sizes the popup itself: content taller than the popup's
 * 600 px gets a vertical scroll bar, and the popup grows by its width (Blink's auto-sizing),
 * so the content keeps its full width. Then says whether anything is wider than the popup.
 */
export async function fitsPopupWidth(popup: Page): Promise<boolean> {
  await popup.setViewportSize({ width: 400, height: 600 });
  const scrollBar = await popup.evaluate(() => window.innerWidth - document.documentElement.clientWidth);
  await popup.setViewportSize({ width: 400 + scrollBar, height: 600 });
  return popup.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);
}

/** JS run inside the page: scrolls the first occurrence of a word into view; its centre. */
export const pointOfWord = (word: string) => `(() => {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const i = n.data.indexOf(${JSON.stringify(word)});
    if (i < 0) continue;
    n.parentElement.scrollIntoView({ block: 'center' });
    const r = document.createRange(); r.setStart(n, i); r.setEnd(n, i + ${word.length});
    const b = r.getBoundingClientRect();
    return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
  }
  return null;
})()`;

/** JS run inside the page: true when the body is exactly what the server sent. */
export const bodyUntouched = (html: string) => `(() => {
  const sent = new DOMParser().parseFromString(${JSON.stringify(html)}, 'text/html');
  const extra = [...document.documentElement.children].filter((e) => !['HEAD', 'BODY', 'BACKSTORY-ROOT'].includes(e.tagName));
  return document.body.innerHTML === sent.body.innerHTML && extra.length === 0 &&
    document.querySelectorAll('backstory-root').length <= 1;
})()`;

/**
 * A page's own policy that forbids every script, style and load of its own: Backstory's code
 * comes from the extension and must still mark the page and open its card.
 */
export const NOTHING_ALLOWED_HEADERS = { 'content-security-policy': "default-src 'none'" };

/**
 * A long page with a company at its top and another right after an anchor halfway down
 * (`#middle`): 20,000 paragraphs of lower-case filler (no alias is all lower case) on either side.
 */
export function longPage(): string {
  const filler = (from: number) =>
    Array.from(
      { length: 20000 },
      (_, i) => `<p>paragraph ${from + i} of plain words and nothing to mark</p>`,
    ).join('');
  return (
    '<!doctype html><title>Long</title><p>Microsoft opens the page.</p>' +
    filler(0) +
    '<h2 id="middle">Middle</h2><p>Palantir is named here.</p>' +
    filler(20000)
  );
}

/**
 * A function to run in a page before it loads: it notes the animation frame in which each
 * marked word was first painted, read by `FIRST_PAINTS`.
 */
export const RECORD_FIRST_PAINTS = `() => {
  const seen = (window.__firstPainted = {});
  let frame = 0;
  const look = () => {
    frame++;
    for (const r of CSS.highlights.get('backstory-underline') ?? []) {
      seen[r.startContainer.data.slice(r.startOffset, r.endOffset)] ??= frame;
    }
    requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
}`;

/** JS run inside the page: the frames noted by `RECORD_FIRST_PAINTS`, once both marks of `longPage()` were painted. */
export const FIRST_PAINTS = `(() => {
  const seen = window.__firstPainted;
  return seen && seen.Palantir && seen.Microsoft ? seen : null;
})()`;
