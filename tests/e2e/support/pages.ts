// The saved real-world pages of ../shared/pages, for the robustness sweep.
import { findShared } from '../../../scripts/shared-dir.ts';
import { pageFiles } from '../../../scripts/bench/texts.ts';

export function sharedPageFiles(): string[] | undefined {
  const found = findShared('pages');
  if (!found.found) {
    if (process.env.CI === 'true') throw new Error(`${found.message}; CI must have ../shared`);
    console.warn(`page sweep: skipped, ${found.message}`);
    return undefined;
  }
  // SWEEP_PAGES=nytimes,bbc: only the pages whose names contain one of these (to look into one).
  const only = process.env.SWEEP_PAGES?.split(',').filter(Boolean);
  const files = pageFiles(found.path);
  return only ? files.filter((file) => only.some((part) => file.includes(part))) : files;
}

/** JS run inside a page: what the sweep compares with and without Backstory. */
export const PAGE_STATE = `(() => ({
  url: location.href,
  text: document.body ? document.body.innerText : '',
  elements: document.getElementsByTagName('*').length,
  hosts: document.getElementsByTagName('backstory-root').length,
}))()`;

export interface PageState {
  /** Where the tab is: a page that sends itself elsewhere, or fails to, is not the saved page. */
  url: string;
  text: string;
  elements: number;
  hosts: number;
}

/**
 * Preloaded in both browsers of a comparison: pages that stamp the time or a random number
 * into their markup (cache-busters) then render the same text on every load.
 */
export const FREEZE_PAGE_CLOCK = `(() => {
  const fixed = 1700000000000;
  const RealDate = Date;
  class FixedDate extends RealDate {
    constructor(...args) { super(...(args.length ? args : [fixed])); }
    static now() { return fixed; }
  }
  globalThis.Date = FixedDate;
  let seed = 42;
  Math.random = () => { seed = (seed * 16807) % 2147483647; return (seed - 1) / 2147483646; };
})()`;

export interface SweepReport {
  problems: string[];
  /** Pages that change from one load to the next on their own, in either browser. */
  unstable: string[];
  /** Element-count differences logged rather than failed (see `strictElements`). */
  counts: string[];
}

const same = (a: PageState, b: PageState) =>
  a.url === b.url && a.text === b.text && a.elements === b.elements;

/** How many more pairs of loads a page that differs gets before it is written off as unstable. */
const MORE_PAIRS = 2;

/**
 * Compares a page loaded with Backstory and without. Where they differ, both are loaded
 * again. A page that loads the same each time on each side, and differently with Backstory,
 * shows Backstory's doing: that fails. A load with Backstory that equals any load without it
 * shows the difference was the page's own. A page that differs from itself and never meets
 * its other side proves nothing and is listed as unstable.
 */
export async function comparePage(
  name: string,
  first: { mine: PageState; theirs: PageState },
  loadAgain: () => Promise<{ mine: PageState; theirs: PageState }>,
  report: SweepReport,
  strictElements: boolean,
  /** Reads both loaded pages again a moment later, for pages still at work on their own. */
  readLater?: () => Promise<{ mine: PageState; theirs: PageState }>,
): Promise<void> {
  const { mine, theirs } = first;
  if (mine.hosts !== 0) report.problems.push(`${name}: Backstory added an element`);
  if (same(mine, theirs)) return;
  if (readLater) {
    const later = await readLater();
    if (later.mine.hosts !== 0) report.problems.push(`${name}: Backstory added an element`);
    if (same(later.mine, later.theirs)) return;
  }
  const mines = [mine];
  const others = [theirs];
  for (let pair = 0; pair < MORE_PAIRS; pair++) {
    const again = await loadAgain();
    if (again.mine.hosts !== 0) report.problems.push(`${name}: Backstory added an element`);
    mines.push(again.mine);
    others.push(again.theirs);
    if (mines.some((m) => others.some((o) => same(m, o)))) return;
    const steady = mines.every((m) => same(m, mine)) && others.every((o) => same(o, theirs));
    // Steady means each side loaded the same page each time, so the addresses held too.
    if (steady && mine.url === theirs.url) {
      if (mine.text !== theirs.text) {
        report.problems.push(`${name}: innerText differs${firstDifference(mine.text, theirs.text)}`);
      }
      if (mine.elements !== theirs.elements) {
        (strictElements ? report.problems : report.counts).push(
          `${name}: ${mine.elements} elements with Backstory, ${theirs.elements} without`,
        );
      }
      return;
    }
  }
  const elsewhere = [...mines, ...others].some((state) => state.url !== mine.url);
  report.unstable.push(elsewhere ? `${name} (left for another address)` : name);
}

/** Where two texts first part, for the report: a few words of each. */
function firstDifference(a: string, b: string): string {
  let at = 0;
  while (at < a.length && at < b.length && a[at] === b[at]) at++;
  const around = (text: string) => JSON.stringify(text.slice(Math.max(0, at - 30), at + 50));
  return ` at ${at}: with Backstory ${around(a)}, without ${around(b)}`;
}
