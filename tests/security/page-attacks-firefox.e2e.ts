// The hostile page's attacks in real Firefox ESR, as far as WebDriver BiDi lets a test make
// them: the same promises as in Chromium (page-attacks-chromium.e2e.ts), where the two
// browsers differ in how a content script is kept from the page (Xray wrappers here).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { servePages, type PageServer } from '../../scripts/lib/seed-page.ts';
import { EXTENSION_DIRS, expectedCounts, pointOfWord, READ_MARKS } from '../e2e/support/fixtures.ts';
import {
  launchFirefox,
  openExtensionTab,
  scanStatsInOtherTab,
  type FirefoxWithExtension,
} from '../e2e/support/firefox.ts';
import {
  bigTablePage,
  CLOBBER_GLOBALS,
  EVERYTHING_THE_PAGE_READS,
  hugeTextPage,
  NAMES_PAGE,
} from './support.ts';

const SECRET = 'A private note about Palantir, filed in Firefox.';

describe('a hostile page, in Firefox', () => {
  let server: PageServer;
  let firefox: FirefoxWithExtension;
  /** Backstory's own page in a tab of its own, opened from the card as a user opens it. */
  let extensionTab: string;
  let page: string;

  beforeAll(async () => {
    server = await servePages(
      new Map([
        ['/names.html', NAMES_PAGE],
        ['/huge-1.5m.html', hugeTextPage(1_500_000, 'Palantir leads.', 'IBM closes.')],
        ['/huge-50m.html', hugeTextPage(50_000_000, 'Palantir leads.', 'IBM closes.')],
        ['/table.html', bigTablePage(25_000)],
        ['/clobbered.html', `<script>${CLOBBER_GLOBALS}</script>${NAMES_PAGE}`],
      ]),
    );
    firefox = await launchFirefox(EXTENSION_DIRS.firefox, 'backstory@backstory.dev');
    page = firefox.firstContext;
    extensionTab = await openExtensionTab(firefox, server.url('/names.html'), 'Palantir');
    const saved = await firefox.session.evaluate<{ ok: boolean; value?: { ok: boolean } }>(
      extensionTab,
      `browser.runtime.sendMessage({ type: 'addReport', report: ${JSON.stringify({
        companyId: 'palantir',
        companyName: 'Palantir',
        kind: 'contract',
        date: '2025-01-02',
        description: SECRET,
        sourceUrl: 'https://example.org/private',
      })} })`,
    );
    expect(saved).toMatchObject({ ok: true, value: { ok: true } });
  });

  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  /** Loads `path` in the first tab and waits for its marks. */
  async function load(path: string, timeoutMs = 15_000): Promise<void> {
    await firefox.session.navigate(page, server.url(path), 60_000);
    await firefox.session.waitFor(page, READ_MARKS, timeoutMs);
  }

  async function openCard(word: string) {
    const point = await firefox.session.evaluate<{ x: number; y: number }>(page, pointOfWord(word));
    // From elsewhere: a pointer already at that point (the test before) would not move.
    await firefox.session.movePointer(page, 1, 1);
    await firefox.session.movePointer(page, point.x, point.y);
    const card = firefox.session.card(page);
    await card.waitForText('Details');
    return card;
  }

  async function tabCount(): Promise<number> {
    const tree = (await firefox.session.send('browsingContext.getTree', { maxDepth: 0 })) as {
      contexts: unknown[];
    };
    return tree.contexts.length;
  }

  it('finds the card closed to it and reads nothing of it, nor of the reports', async () => {
    await load('/names.html');
    const card = await openCard('Palantir');
    expect(
      await firefox.session.evaluate(page, `document.querySelector('backstory-root').shadowRoot`),
    ).toBeNull();
    const text = await card.text();
    expect(text).toContain(`${expectedCounts('palantir').awards} contracts`);
    // "reported contracts" are public news; what must never show is the user's own reports.
    expect(text).not.toMatch(/your reports?|unverified|incident/i);
    const everything = await firefox.session.evaluate<string>(page, EVERYTHING_THE_PAGE_READS);
    expect(everything).not.toContain('Details');
    expect(everything).not.toContain(SECRET);
  });

  it('opens no card for pointer and mouse events made by script', async () => {
    await load('/names.html');
    await firefox.session.evaluate(
      page,
      `(async () => {
        const point = ${pointOfWord('IBM')};
        const target = document.elementFromPoint(point.x, point.y);
        const init = { clientX: point.x, clientY: point.y, bubbles: true, composed: true };
        for (let i = 0; i < 20; i++) {
          for (const type of ['pointermove', 'pointerover', 'mousemove', 'mouseover'])
            target.dispatchEvent(new (type.startsWith('pointer') ? PointerEvent : MouseEvent)(type, init));
          await new Promise((r) => setTimeout(r, 50));
        }
        return true;
      })()`,
    );
    await new Promise((r) => setTimeout(r, 800));
    expect(await firefox.session.evaluate(page, `document.querySelector('backstory-root')`)).toBeNull();
  });

  it('keeps the card through script-made Escape, and opens no tab for clicks made by script', async () => {
    await load('/names.html');
    const card = await openCard('Palantir');
    const box = (await card.look()).box!;
    const before = await tabCount();
    await firefox.session.evaluate(
      page,
      `(() => {
        const b = ${JSON.stringify(box)};
        const host = document.querySelector('backstory-root');
        for (let i = 0; i < 5; i++) {
          host.click();
          document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
        }
        for (let x = b.x + 2; x < b.x + b.width; x += 12)
          for (let y = b.y + 2; y < b.y + b.height; y += 8) document.elementFromPoint(x, y)?.click?.();
        return true;
      })()`,
    );
    await new Promise((r) => setTimeout(r, 1_500));
    expect(await tabCount()).toBe(before);
    expect((await card.look()).visible).toBe(true);
  });

  it("shows none of what the page writes into the card's host, and comes back when the host is taken", async () => {
    await load('/names.html');
    const card = await openCard('Palantir');
    const before = await card.text();
    await firefox.session.evaluate(
      page,
      `(() => {
        const host = document.querySelector('backstory-root');
        host.insertAdjacentHTML('beforeend', '<a href="javascript:alert(1)">official source</a>');
        const style = document.createElement('style');
        style.textContent = '.card, .details, a { display: none !important; }';
        document.head.append(style);
        return true;
      })()`,
    );
    expect(await card.text()).toBe(before);
    const links = (await card.run<string[]>(`(root) => [...root.querySelectorAll('a')].map((a) => a.href)`))!;
    for (const link of links) expect(link).toMatch(/^https?:\/\//);
    await firefox.session.movePointer(page, 2, 2);
    await card.waitFor('hidden');
    await firefox.session.evaluate(page, `(document.querySelector('backstory-root').remove(), true)`);
    expect(await (await openCard('IBM')).text()).toContain('IBM');
  });

  it("reaches none of Backstory's files from the page", async () => {
    await load('/names.html');
    const tried = await firefox.session.evaluate<string[]>(
      page,
      `Promise.all(['popup.html', 'dataset.json.gz', 'dictionary.bin', 'manifest.json', 'in-page.js'].map((file) =>
        fetch(${JSON.stringify(firefox.extensionOrigin)} + '/' + file).then((r) => file + ': ' + r.status, () => file + ': refused')))`,
    );
    expect(tried.every((line) => line.endsWith('refused'))).toBe(true);
  });

  it('marks and opens the card on a page that clobbered its globals and prototypes', async () => {
    await firefox.session.navigate(page, server.url('/clobbered.html'));
    await firefox.session.waitFor(
      page,
      `(CSS.highlights.get('backstory-underline')?.size ?? 0) === 2`,
      15_000,
    );
    const point = await firefox.session.evaluate<{ x: number; y: number }>(
      page,
      pointOfWord('IBM')
        .replace('document.createTreeWalker(', 'window.__real.walker.call(document, ')
        .replace('document.createRange()', 'window.__real.range.call(document)'),
    );
    await firefox.session.movePointer(page, 1, 1);
    await firefox.session.movePointer(page, point.x, point.y);
    expect(await firefox.session.card(page).waitForText('Details')).toContain('IBM');
    expect(await firefox.session.evaluate(page, `window.__caught.length`)).toBe(0);
  });

  it('marks a 1.5 M character text node at both ends, and a table of 25,000 cells', async () => {
    await load('/huge-1.5m.html');
    await firefox.session.waitFor(page, `${READ_MARKS}?.length === 2`, 15_000);
    await load('/table.html');
    await firefox.session.waitFor(page, `${READ_MARKS}?.length === 2`, 15_000);
    expect(await firefox.session.evaluate(page, READ_MARKS)).toEqual(['Palantir', 'IBM']);
  });

  it('marks the start of a 50 MB text and says in its stats what it gave up on', async () => {
    await load('/huge-50m.html', 30_000);
    expect(await firefox.session.evaluate(page, READ_MARKS)).toEqual(['Palantir']);
    const { stats, error } = await scanStatsInOtherTab(firefox, extensionTab);
    expect(error).toBeUndefined();
    expect(stats!.errors).toEqual([]);
    expect(stats!.unreadChars).toBe(50_000_000 - (4 << 20));
  });
});
