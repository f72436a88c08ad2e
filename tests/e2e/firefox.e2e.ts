// The same path in real Firefox ESR over WebDriver BiDi. Firefox will not let automation
// navigate to extension pages, so the popup is opened the way a user opens the company
// view from a page: a real click on the card's "Details" button.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { servePages, type PageServer } from '../../scripts/lib/seed-page.ts';
import {
  bodyUntouched,
  dataset,
  EXTENSION_DIRS,
  expectedCounts,
  expectedMentionTexts,
  FIRST_MARK_BOX,
  FIRST_PAINTS,
  longPage,
  NOTHING_ALLOWED_HEADERS,
  pointOfWord,
  READ_MARKS,
  readMarks,
  RECORD_FIRST_PAINTS,
  seedHtml,
  showMarks,
  typeInto,
} from './support/fixtures.ts';
import { launchFirefox, openDetailsFromCard, type FirefoxWithExtension } from './support/firefox.ts';

const html = seedHtml();
const ADDON_ID = 'backstory@backstory.dev';

describe.skipIf(html === undefined)('Firefox with Backstory', () => {
  let server: PageServer;
  let firefox: FirefoxWithExtension;
  let page: string;

  beforeAll(async () => {
    server = await servePages(
      new Map([
        ['/article.html', html!],
        [
          '/rtl-dark.html',
          `<!doctype html><html><head><meta charset="utf-8"><title>RTL</title>
          <style>html,body{background:#121212;color:#eee}</style></head>
          <body><p dir="rtl" lang="he">העובדים כתבו מכתב על החוזה של Palantir עם סוכנות ההגירה.</p></body></html>`,
        ],
        ['/strict.html', html!],
        ['/long.html', longPage()],
      ]),
      new Map([['/strict.html', NOTHING_ALLOWED_HEADERS]]),
    );
    firefox = await launchFirefox(EXTENSION_DIRS.firefox, ADDON_ID);
    page = firefox.firstContext;
    await firefox.session.navigate(page, server.url('/article.html'));
  });

  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  /** Hovers `word`, waits for its card, clicks "Details"; the context of the tab it opens. */
  const openDetailsFor = (word: string) => openDetailsFromCard(firefox, page, word);

  it('marks every company name the scan CLI finds, and leaves the page as it was', async () => {
    const marks = await firefox.session.waitFor<string[]>(page, READ_MARKS);
    expect(marks).toEqual(await expectedMentionTexts(html!));
    expect(await firefox.session.evaluate(page, bodyUntouched(html!))).toBe(true);
  });

  it('draws the marks: the marked word looks different with and without them', async () => {
    const { session } = firefox;
    await session.waitFor(page, READ_MARKS);
    const box = await session.evaluate<{ x: number; y: number; width: number; height: number }>(
      page,
      FIRST_MARK_BOX,
    );
    const shot = async () =>
      (
        (await session.send('browsingContext.captureScreenshot', {
          context: page,
          clip: { type: 'box', ...box },
        })) as { data: string }
      ).data;
    const marked = await shot();
    await session.evaluate(page, showMarks(false));
    const plain = await shot();
    await session.evaluate(page, showMarks(true));
    expect(marked).not.toBe(plain);
    expect(await shot()).toBe(marked);
  });

  it('shows the hover card and opens the company from it', async () => {
    const popup = await openDetailsFor('Palantir');
    const { session } = firefox;
    const cardText = await session.card(page).text();
    const { awards, actions } = expectedCounts('palantir');
    expect(cardText).toContain('Palantir');
    expect(cardText).toContain(`${awards} contracts`);
    expect(cardText).toMatch(
      new RegExp(`${actions} actions \\(\\d+ by its own workers · \\d+ by students and others\\)`),
    );
    expect(await session.evaluate(page, bodyUntouched(html!))).toBe(true);

    await session.waitFor(popup, `document.querySelector('article.details[data-company="palantir"]')`);
    const counts = await session.evaluate<{ awards: number; actions: number; unsourced: number }>(
      popup,
      `(() => {
        const items = [...document.querySelectorAll('li.award, li.action')];
        return {
          awards: document.querySelectorAll('li.award').length,
          actions: document.querySelectorAll('li.action').length,
          unsourced: items.filter((li) => ![...li.querySelectorAll('.sources a')].some((a) => /^https?:/.test(a.href))).length,
        };
      })()`,
    );
    expect(counts).toEqual({ awards, actions, unsourced: 0 });

    // Back to the list of the page's companies.
    await session.evaluate(popup, `document.querySelector('button.back').click()`);
    const rows = await session.waitFor<string[]>(
      popup,
      `(() => { const r = [...document.querySelectorAll('.company-row')].map((e) => e.innerText.replace(/\\s+/g, ' ')); return r.length ? r : null })()`,
    );
    expect(rows).toHaveLength(5);
    expect(rows).toContain('Palantir 2 mentions');
    expect(rows[0]).toMatch(/^Amazon \d+ mentions$/);
    await session.send('browsingContext.close', { context: popup });
  });

  it('saves a validated report that is still there after the popup closes and reopens', async () => {
    const { session } = firefox;
    const popup = await openDetailsFor('Palantir');
    await session.waitFor(popup, `document.querySelector('article.details button.primary')`);
    await session.evaluate(popup, `document.querySelector('article.details button.primary').click()`);
    await session.waitFor(popup, `document.querySelector('form.report-form')`);
    await session.evaluate(popup, `document.querySelector('form.report-form button[type=submit]').click()`);
    const errors = await session.waitFor<string>(
      popup,
      `[...document.querySelectorAll('.field-error')].map((e) => e.innerText).join('\\n')`,
    );
    expect(errors).toMatch(/source link is required/);

    const fill = (id: string, value: string) => typeInto(`#${id}`, value);
    await session.evaluate(popup, fill('report-date', '2024-09-09'));
    await session.evaluate(popup, fill('report-description', 'ICE extended the ICM support order again.'));
    await session.evaluate(
      popup,
      fill(
        'report-sourceUrl',
        'https://www.usaspending.gov/award/CONT_AWD_70CTD022FR0000170_7012_GS35F0086U_4730',
      ),
    );
    await session.evaluate(popup, `document.querySelector('form.report-form button[type=submit]').click()`);
    // Saved: the confirmation offers "Submit publicly" (a link, nothing sent) and Done.
    const submit = await session.waitFor<string>(
      popup,
      `document.querySelector('.report-saved a.primary')?.href`,
    );
    expect(new URL(submit).searchParams.get('title')).toBe('Contract: Palantir (2024-09-09)');
    await session.evaluate(
      popup,
      `[...document.querySelectorAll('.report-saved button')].find((b) => b.innerText === 'Done').click()`,
    );
    const saved = await session.waitFor<string>(popup, `document.querySelector('li.report')?.innerText`);
    expect(saved).toContain('your report (unverified)');
    await session.send('browsingContext.close', { context: popup });

    const reopened = await openDetailsFor('Palantir');
    const again = await session.waitFor<string>(reopened, `document.querySelector('li.report')?.innerText`);
    expect(again).toContain('ICM support order');
  });

  it('searches, sorts, charts and applies a changed option to the open page at once', async () => {
    const { session } = firefox;
    const tab = await openDetailsFor('Palantir');
    await session.waitFor(tab, `document.querySelector('article.details')`);
    await session.evaluate(tab, `document.querySelector('button.back').click()`);
    // Search any company by name.
    await session.waitFor(tab, `document.querySelector('input[type=search]')`);
    await session.evaluate(tab, typeInto('input[type=search]', 'general dyn'));
    await session.waitFor(tab, `document.querySelector('[data-company="general-dynamics"]')`);
    await session.evaluate(tab, `document.querySelector('[data-company="general-dynamics"]').click()`);
    const bars = await session.waitFor<number>(
      tab,
      `document.querySelectorAll('article.details[data-company="general-dynamics"] .chart rect').length || null`,
    );
    expect(bars).toBeGreaterThan(0);

    // The highlight style, changed in storage as the options page does, reaches the page.
    const setStyle = (style: string) =>
      session.evaluate(
        tab,
        `browser.storage.local.get('settings').then(({ settings }) =>
          browser.storage.local.set({ settings: { ...settings, highlightStyle: ${JSON.stringify(style)} } })).then(() => true)`,
      );
    await setStyle('background');
    const background = await session.waitFor<string[]>(page, readMarks('backstory-background'));
    expect(background).toEqual(await expectedMentionTexts(html!));
    await setStyle('underline');
    expect(await session.waitFor<string[]>(page, READ_MARKS)).toEqual(await expectedMentionTexts(html!));

    // The options page shows the dataset it loaded.
    await session.evaluate(tab, `(location.assign('/options.html'), true)`);
    const version = await session.waitFor<string>(
      tab,
      `document.querySelector('.facts-table')?.getAttribute('data-dataset-version')`,
    );
    expect(version).toBe(dataset.meta.version);
    await session.send('browsingContext.close', { context: tab });
  });

  it("shows a vendor's police work and finds a place's police agencies", async () => {
    const { session } = firefox;
    const tab = await openDetailsFor('Palantir');
    await session.waitFor(tab, `document.querySelector('article.details')`);
    await session.evaluate(tab, `(location.assign('/popup.html?company=amazon'), true)`);
    const rows = await session.waitFor<number>(
      tab,
      `document.querySelectorAll('[data-section="police"] li.police').length || null`,
    );
    expect(rows).toBe(40);
    const text = await session.evaluate<string>(
      tab,
      `document.querySelector('[data-section="police"]').innerText`,
    );
    expect(text).toMatch(/1,\d{3} police agencies/);
    expect(text).toContain('as of October 2020');
    const tiles = await session.evaluate<number>(
      tab,
      `document.querySelectorAll('g.tile[role="button"]').length`,
    );
    expect(tiles).toBeGreaterThan(40);
    // Filtering asks the background again; the rows that come back are all in the state.
    await session.evaluate(
      tab,
      `(() => { const s = document.querySelector('#police-state'); s.value = 'CA'; s.dispatchEvent(new Event('change', { bubbles: true })); return true; })()`,
    );
    const places = await session.waitFor<string[]>(
      tab,
      `document.querySelector('[data-section="police"] ul.items[aria-busy="false"]') && [...document.querySelectorAll('[data-section="police"] li.police .line .muted')].map((e) => e.innerText)`,
    );
    expect(places.length).toBeGreaterThan(0);
    for (const place of places) expect(place).toMatch(/, CA$/);

    await session.evaluate(tab, `(location.assign('/popup.html'), true)`);
    await session.waitFor(tab, `document.querySelector('input[type=search]')`);
    await session.evaluate(tab, typeInto('input[type=search]', 'Oakland'));
    await session.waitFor(
      tab,
      `document.querySelector('button[data-agency="ca-oakland-police-department"]')`,
    );
    await session.evaluate(
      tab,
      `document.querySelector('button[data-agency="ca-oakland-police-department"]').click()`,
    );
    const found = await session.waitFor<number>(
      tab,
      `document.querySelectorAll('article.place li.police').length || null`,
    );
    expect(found).toBe(
      dataset.policeRecords.filter((r) => r.agencyId === 'ca-oakland-police-department').length,
    );
    await session.send('browsingContext.close', { context: tab });
  });

  it('marks the names and opens the card on a page whose own policy forbids every load', async () => {
    const { session } = firefox;
    const tab = await session.newTab();
    await session.navigate(tab, server.url('/strict.html'));
    expect(await session.waitFor<string[]>(tab, READ_MARKS)).toEqual(await expectedMentionTexts(html!));
    const point = await session.evaluate<{ x: number; y: number }>(tab, pointOfWord('Palantir'));
    await session.movePointer(tab, point.x, point.y);
    const text = await session.card(tab).waitForText('contracts');
    expect(text).toContain(`${expectedCounts('palantir').awards} contracts`);
    await session.send('browsingContext.close', { context: tab });
  });

  it('marks what is in view first on a long page opened at an anchor halfway down', async () => {
    const { session } = firefox;
    const tab = await session.newTab();
    await session.send('script.addPreloadScript', {
      functionDeclaration: RECORD_FIRST_PAINTS,
      contexts: [tab],
    });
    await session.navigate(tab, server.url('/long.html#middle'));
    const firstPainted = await session.waitFor<Record<string, number>>(tab, FIRST_PAINTS, 15_000);
    // The name in view is marked in an earlier frame than the one at the top of the page.
    expect(firstPainted.Palantir).toBeLessThan(firstPainted.Microsoft!);
    await session.send('browsingContext.close', { context: tab });
  });

  it('lays the card out right to left and dark on a dark right-to-left page', async () => {
    const { session } = firefox;
    const tab = await session.newTab();
    await session.navigate(tab, server.url('/rtl-dark.html'));
    await session.waitFor(tab, READ_MARKS);
    const point = await session.evaluate<{ x: number; y: number }>(tab, pointOfWord('Palantir'));
    await session.movePointer(tab, point.x, point.y);
    const { dir, pageDir, theme } = await session.card(tab).waitFor('visible');
    // English words stay left to right; the card follows the page's direction in its placement.
    expect({ dir, pageDir, theme }).toEqual({ dir: 'ltr', pageDir: 'rtl', theme: 'dark' });
    await session.send('browsingContext.close', { context: tab });
  });

  it('keeps a report draft as it is typed, through a reload of the popup', async () => {
    const { session } = firefox;
    const popup = await openDetailsFor('Palantir');
    await session.waitFor(popup, `document.querySelector('article.details button.primary')`);
    await session.evaluate(popup, `document.querySelector('article.details button.primary').click()`);
    await session.waitFor(popup, `document.getElementById('report-description')`);
    await session.evaluate(popup, typeInto('#report-description', 'Half-written in Firefox.'));
    await session.evaluate(popup, `(location.assign('/popup.html'), true)`);
    await session.waitFor(
      popup,
      `[...document.querySelectorAll('button.primary')].find((b) => b.innerText === 'Continue your report')`,
    );
    await session.evaluate(
      popup,
      `[...document.querySelectorAll('button.primary')].find((b) => b.innerText === 'Continue your report').click()`,
    );
    const restored = await session.waitFor<{ company: string; description: string }>(
      popup,
      `(() => { const d = document.getElementById('report-description'); return d && d.value
        ? { company: document.getElementById('report-companyId').value, description: d.value } : null })()`,
    );
    expect(restored).toEqual({ company: 'Palantir', description: 'Half-written in Firefox.' });
    await session.evaluate(
      popup,
      `[...document.querySelectorAll('button')].find((b) => b.innerText === 'Discard').click()`,
    );
    await session.send('browsingContext.close', { context: popup });
  });
});
