// The whole path in real Chromium: marks on the seed article, the hover card, the popup's
// list and a company's details, and a report that outlives the popup.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { servePages, type PageServer } from '../../scripts/lib/seed-page.ts';
import { launchWithExtension } from '../../scripts/lib/chromium.ts';
import { chromiumCard } from '../../scripts/lib/card-inspector.ts';
import {
  bodyUntouched,
  dataset,
  EXTENSION_DIRS,
  expectedCounts,
  expectedMentionTexts,
  FIRST_MARK_BOX,
  FIRST_PAINTS,
  longPage,
  fitsPopupWidth,
  NOTHING_ALLOWED_HEADERS,
  openPopupPage,
  pointOfWord,
  READ_MARKS,
  RECORD_FIRST_PAINTS,
  SCREENSHOT_DIR,
  seedHtml,
  showMarks,
} from './support/fixtures.ts';

const html = seedHtml();

/** A page about police technology, in words of our own. */
const POLICE_PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>Body cameras</title></head>
<body><p>The county renewed its contract with Axon for 400 body cameras and new Tasers.</p></body></html>`;

/** What the dataset says of a company's police work, as the card and popup count it. */
function policeSummaryOf(companyId: string): { records: number; agencies: number } {
  const records = dataset.policeRecords.filter((r) => r.companyIds.includes(companyId));
  return { records: records.length, agencies: new Set(records.map((r) => r.agencyId)).size };
}

describe.skipIf(html === undefined)('Chromium with Backstory', () => {
  let server: PageServer;
  let context: BrowserContext;
  let extensionId: string;
  let worker: Worker;
  let article: Page;
  let articleTabId: number;

  beforeAll(async () => {
    server = await servePages(
      new Map([
        ['/article.html', html!],
        ['/strict.html', html!],
        ['/long.html', longPage()],
        ['/police.html', POLICE_PAGE],
      ]),
      new Map([['/strict.html', NOTHING_ALLOWED_HEADERS]]),
    );
    const launched = await launchWithExtension(EXTENSION_DIRS.chromium);
    context = launched.context;
    extensionId = launched.extensionId!;
    worker = launched.worker!;
    article = context.pages()[0] ?? (await context.newPage());
    await article.goto(server.url('/article.html'));
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
  });

  afterAll(async () => {
    await context?.close();
    await server?.close();
  });

  const openPopup = (query: string) => openPopupPage(context, extensionId, query);

  it('marks every company name the scan CLI finds, and nothing else', async () => {
    await article.waitForFunction(READ_MARKS, undefined, { timeout: 10_000 });
    const marks = (await article.evaluate(READ_MARKS)) as string[];
    expect(marks).toEqual(await expectedMentionTexts(html!));
    expect(marks).toEqual(
      expect.arrayContaining(['Amazon', 'Palantir', 'Microsoft', 'Google', 'IBM', 'Rekognition']),
    );
    expect(await article.evaluate(bodyUntouched(html!))).toBe(true);
  });

  it('draws the marks: the marked word looks different with and without them', async () => {
    await article.waitForFunction(READ_MARKS, undefined, { timeout: 10_000 });
    const clip = (await article.evaluate(FIRST_MARK_BOX)) as {
      x: number;
      y: number;
      width: number;
      height: number;
    };
    const marked = await article.screenshot({ clip });
    await article.evaluate(showMarks(false));
    const plain = await article.screenshot({ clip });
    await article.evaluate(showMarks(true));
    expect(marked.equals(plain)).toBe(false);
    expect(marked.equals(await article.screenshot({ clip }))).toBe(true);
  });

  it('counts the companies on the page on the toolbar badge', async () => {
    const badge = async () =>
      worker.evaluate(`(async () => {
        const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
        return chrome.action.getBadgeText({ tabId: tab.id });
      })()`);
    await expect.poll(badge, { timeout: 10_000 }).toBe('5');
  });

  it('shows a card with the company, its contracts and worker actions on hover', async () => {
    const point = (await article.evaluate(pointOfWord('Palantir'))) as { x: number; y: number };
    await article.mouse.move(point.x, point.y);
    const card = chromiumCard(article);
    await card.waitFor('visible');
    const { awards, actions } = expectedCounts('palantir');
    const text = await card.waitForText(`${awards} contracts`);
    expect(text).toContain('Palantir');
    // Palantir's actions are mostly by students and others: the card counts them apart.
    expect(text).toMatch(
      new RegExp(`${actions} actions \\(\\d+ by its own workers · \\d+ by students and others\\)`),
    );
    // The card sits beside the word, never on it.
    const box = (await card.look()).box!;
    expect(point.y < box.y || point.y > box.y + box.height).toBe(true);
    expect(await article.evaluate(bodyUntouched(html!))).toBe(true);
    await article.screenshot({ path: resolve(SCREENSHOT_DIR, 'hover-card.png') });

    await article.keyboard.press('Escape');
    await card.waitFor('hidden', 2_000);
  });

  it('marks the names and opens the card on a page whose own policy forbids every load', async () => {
    const strict = await context.newPage();
    await strict.goto(server.url('/strict.html'));
    // Polled through evaluate: waitForFunction evaluates a string, which this page's policy forbids.
    const expected = await expectedMentionTexts(html!);
    await expect.poll(() => strict.evaluate(READ_MARKS), { timeout: 10_000 }).toEqual(expected);
    const point = (await strict.evaluate(pointOfWord('Palantir'))) as { x: number; y: number };
    await strict.mouse.move(point.x, point.y);
    await chromiumCard(strict).waitForText(`${expectedCounts('palantir').awards} contracts`);
    await strict.close();
  });

  it('marks what is in view first on a long page opened at an anchor halfway down', async () => {
    const long = await context.newPage();
    await long.addInitScript(`(${RECORD_FIRST_PAINTS})()`);
    await long.goto(server.url('/long.html#middle'));
    await long.waitForFunction(FIRST_PAINTS, undefined, { timeout: 15_000 });
    const firstPainted = (await long.evaluate(FIRST_PAINTS)) as Record<string, number>;
    // The name in view is marked in an earlier frame than the one at the top of the page.
    expect(firstPainted.Palantir).toBeLessThan(firstPainted.Microsoft!);
    expect(((await long.evaluate(READ_MARKS)) as string[]).sort()).toEqual(['Microsoft', 'Palantir']);
    await long.close();
  });

  it('opens the company in the popup from the card', async () => {
    const point = (await article.evaluate(pointOfWord('IBM'))) as { x: number; y: number };
    await article.mouse.move(point.x, point.y);
    const opened = context.waitForEvent('page');
    await chromiumCard(article).click('.details');
    const page = await opened;
    await page.waitForLoadState();
    expect(page.url()).toContain(`chrome-extension://${extensionId}/popup.html`);
    expect(page.url()).toContain('company=ibm');
    await page.locator('article.details h2', { hasText: 'IBM' }).waitFor();
    const tab = new URL(page.url()).searchParams.get('tab');
    articleTabId = Number(tab);
    expect(articleTabId).toBeGreaterThan(0);
    await page.close();
  });

  it("lists the page's companies in the popup with mention counts", async () => {
    const popup = await openPopup(`tab=${articleTabId}`);
    const rows = popup.locator('.company-row');
    await rows.first().waitFor();
    const listed = await rows.allInnerTexts();
    const marks = (await article.evaluate(READ_MARKS)) as string[];
    const amazonMentions = marks.filter((m) => m === 'Amazon' || m === 'Rekognition').length;
    expect(listed[0]).toMatch(new RegExp(`Amazon\\s+${amazonMentions} mentions`));
    expect(listed.join('\n')).toMatch(/Palantir\s+2 mentions/);
    expect(listed).toHaveLength(5);
    expect(await fitsPopupWidth(popup)).toBe(true);
    await popup.screenshot({ path: resolve(SCREENSHOT_DIR, 'popup.png') });

    await popup.locator('.company-row[data-company="palantir"]').click();
    const details = popup.locator('article.details[data-company="palantir"]');
    await details.waitFor();
    const { awards, actions } = expectedCounts('palantir');
    expect(await details.locator('li.award').count()).toBe(awards);
    expect(await details.locator('li.action').count()).toBe(actions);
    // Every contract and action carries its source links.
    for (const item of await details.locator('li.award, li.action').all()) {
      const hrefs = await item
        .locator('.sources a')
        .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
      expect(hrefs.length).toBeGreaterThan(0);
      for (const href of hrefs) expect(href).toMatch(/^https?:\/\//);
    }
    const falcon = details.locator('li.award', { hasText: /FALCON OPERATIONS/ }).first();
    expect(await falcon.locator('a').first().getAttribute('href')).toMatch(
      /^https:\/\/www\.usaspending\.gov\/award\//,
    );
    // Taller than the popup: it scrolls down, never sideways.
    expect(await fitsPopupWidth(popup)).toBe(true);
    await popup.screenshot({ path: resolve(SCREENSHOT_DIR, 'popup-company.png') });
    await popup.close();
  });

  it("shows a vendor's police work in its card and popup: chart, state map, list", async () => {
    const police = await context.newPage();
    await police.goto(server.url('/police.html'));
    await police.waitForFunction(READ_MARKS, undefined, { timeout: 10_000 });
    expect(await police.evaluate(READ_MARKS)).toEqual(['Axon']);
    const point = (await police.evaluate(pointOfWord('Axon'))) as { x: number; y: number };
    await police.mouse.move(point.x, point.y);
    const axon = policeSummaryOf('axon-enterprise');
    const cardText = await chromiumCard(police).waitForText(`Police: ${axon.agencies} police agencies`);
    expect(cardText).toContain('body-worn cameras');
    await police.close();

    const popup = await openPopup('company=amazon');
    const section = popup.locator('[data-section="police"]');
    await section.locator('li.police').first().waitFor();
    const amazon = policeSummaryOf('amazon');
    expect(amazon.records).toBe(1500);
    const text = await section.innerText();
    expect(text).toContain(`${amazon.agencies.toLocaleString('en')} police agencies`);
    expect(text).toContain('as of October 2020');
    // The Ring map is cited once above the list, not on every row.
    expect(text).toMatch(/1,\d{3} of these 1,500 records cite one source/);
    expect(await section.locator('.shared-source a').getAttribute('href')).toMatch(/google\.com\/maps/);
    expect(await section.locator('li.police').count()).toBe(40);
    // A state's tile filters the list to that state, once the background has answered.
    const answered = () => section.locator('ul.items[aria-busy="false"]').waitFor();
    await section.locator('g.tile[data-state="CA"]').click();
    expect(await section.locator('#police-state').inputValue()).toBe('CA');
    await answered();
    const places = await section.locator('li.police .line .muted').allInnerTexts();
    expect(places.length).toBeGreaterThan(0);
    for (const place of places) expect(place).toMatch(/, CA$/);
    await section.locator('button.sort[data-sort="date"]').click();
    await answered();
    const dates = await section.locator('li.police .what').allInnerTexts();
    const isoDates = dates.map((d) => /\d{4}(-\d{2}){0,2}/.exec(d)?.[0] ?? '');
    expect(isoDates).toEqual([...isoDates].sort().reverse());
    expect(await fitsPopupWidth(popup)).toBe(true);
    await section.scrollIntoViewIfNeeded();
    await popup.screenshot({ path: resolve(SCREENSHOT_DIR, 'popup-police.png') });
    await popup.close();

    // Flock Safety: what each portal shows, dated April 2024.
    const flock = await openPopup('company=flock-safety');
    const portals = flock.locator('[data-section="police"]');
    await portals.locator('li.police').first().waitFor();
    expect(await portals.innerText()).toContain('as of April 2024');
    expect(
      await portals.locator('li.police', { hasText: /\d+ cameras · keeps data \d+ days/ }).count(),
    ).toBeGreaterThan(0);
    await flock.close();
  });

  it('finds the police agencies of a place, with every technology and vendor on record', async () => {
    const popup = await openPopup('');
    await popup.locator('input[type=search]').fill('Oakland');
    const agencies = popup.locator('button[data-agency]');
    await agencies.first().waitFor();
    expect(await agencies.allInnerTexts()).toEqual(
      expect.arrayContaining([expect.stringMatching(/Oakland Police Department\s+Oakland, CA/)]),
    );
    await popup.locator('button[data-agency="ca-oakland-police-department"]').click();
    const place = popup.locator('article.place');
    await place.locator('li.police').first().waitFor();
    const oakland = dataset.policeRecords.filter((r) => r.agencyId === 'ca-oakland-police-department');
    expect(await place.locator('li.police').count()).toBe(oakland.length);
    for (const item of await place.locator('li.police').all())
      expect(await item.locator('.sources a').count()).toBeGreaterThan(0);
    expect(await fitsPopupWidth(popup)).toBe(true);
    await popup.screenshot({ path: resolve(SCREENSHOT_DIR, 'popup-place.png') });
    // A vendor opens its company.
    await place.locator('button[data-company="axon-enterprise"]').first().click();
    await popup.locator('article.details[data-company="axon-enterprise"]').waitFor();
    await popup.close();
  });

  it('rolls units up to their owner and says a shared ceiling is shared', async () => {
    const owner = await openPopup('company=general-dynamics');
    const details = owner.locator('article.details[data-company="general-dynamics"]');
    await details.waitFor();
    const ownership = await details.locator('.ownership').innerText();
    expect(ownership).toContain('Electric Boat');
    expect(ownership).toContain('Bath Iron Works');
    expect(await details.locator('li.dod').count()).toBeGreaterThan(3);
    await owner.close();

    const unit = await openPopup('company=electric-boat');
    await unit
      .locator('article.details [data-fact="parent"]', { hasText: 'part of General Dynamics' })
      .waitFor();
    await unit.close();

    const amazon = await openPopup('company=amazon');
    const jwcc = amazon.locator('li.reported', { hasText: 'JWCC' });
    await jwcc.waitFor();
    expect(await jwcc.innerText()).toMatch(/\$9B ceiling shared by 4/);
    await amazon.close();

    // ImmigrationOS is a modification of an award the award data holds: shown with it, once.
    const palantir = await openPopup('company=palantir');
    const icm = palantir.locator('li.award[data-award="70CTD022FR0000170"]');
    await icm.locator('.reported-as', { hasText: 'In the news as: ImmigrationOS' }).waitFor();
    expect(await icm.locator('.reported-as .sources a').count()).toBeGreaterThan(0);
    expect(await palantir.locator('li.reported', { hasText: 'ImmigrationOS' }).count()).toBe(0);
    await palantir.close();
  });

  it('validates a report, saves it, and still shows it after the popup reopens', async () => {
    const popup = await openPopup(`tab=${articleTabId}&company=palantir`);
    await popup.locator('article.details button.primary').click();
    const form = popup.locator('form.report-form');
    await form.waitFor();
    await form.locator('button[type=submit]').click();
    const errors = await form.locator('.field-error').allInnerTexts();
    expect(errors.join('\n')).toMatch(/YYYY-MM-DD/);
    expect(errors.join('\n')).toMatch(/at least 10 characters/);
    expect(errors.join('\n')).toMatch(/source link is required/);

    await form.locator('#report-date').fill('2025-04-10');
    await form.locator('#report-description').fill('<b>ICE</b> extended a case-management order.');
    await form.locator('#report-sourceUrl').fill('javascript:alert(1)');
    await form.locator('button[type=submit]').click();
    await expect.poll(() => form.locator('#report-sourceUrl-error').innerText()).toMatch(/http/);
    await form
      .locator('#report-sourceUrl')
      .fill('https://www.usaspending.gov/award/CONT_AWD_70CTD022FR0000170_7012_GS35F0086U_4730');
    await popup.screenshot({ path: resolve(SCREENSHOT_DIR, 'report-form.png') });
    await form.locator('button[type=submit]').click();
    const saved = popup.locator('.report-saved');
    await saved.waitFor();
    // "Submit publicly" is a link to a prefilled issue: nothing is sent unless it is clicked.
    const submit = new URL((await saved.locator('a', { hasText: 'Submit publicly' }).getAttribute('href'))!);
    expect(submit.origin + submit.pathname).toBe('https://github.com/collective-action/tech/issues/new');
    expect(submit.searchParams.get('title')).toBe('Contract: Palantir (2025-04-10)');
    await saved.locator('button', { hasText: 'Done' }).click();
    const report = popup.locator('li.report');
    await report.waitFor();
    expect(await report.innerText()).toContain('your report (unverified)');
    // Markup typed into a report is shown as text, never rendered.
    expect(await report.locator('.what').innerText()).toBe('<b>ICE</b> extended a case-management order.');
    await popup.close();

    const reopened = await openPopup(`tab=${articleTabId}&company=palantir`);
    const again = reopened.locator('li.report');
    await again.waitFor();
    expect(await again.innerText()).toContain('case-management order');
    await reopened.close();
  });
});
