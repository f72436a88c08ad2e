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
 * again: a pair that then agrees shows the difference was the page's own; a page that
 * differs from itself in every pair proves nothing and is listed as unstable; on a page that
 * loads the same each time, any difference is Backstory's.
 */
export async function comparePage(
  name: string,
  first: { mine: PageState; theirs: PageState },
  loadAgain: () => Promise<{ mine: PageState; theirs: PageState }>,
  report: SweepReport,
  strictElements: boolean,
): Promise<void> {
  let { mine, theirs } = first;
  if (mine.hosts !== 0) report.problems.push(`${name}: Backstory added an element`);
  if (same(mine, theirs)) return;
  let leftForElsewhere = false;
  for (let pair = 0; pair < MORE_PAIRS; pair++) {
    const again = await loadAgain();
    if (again.mine.hosts !== 0) report.problems.push(`${name}: Backstory added an element`);
    if (same(again.mine, again.theirs)) return;
    leftForElsewhere ||= [theirs, again.mine, again.theirs].some((state) => state.url !== mine.url);
    if (!leftForElsewhere && same(again.mine, mine) && same(again.theirs, theirs)) {
      if (mine.text !== theirs.text) report.problems.push(`${name}: innerText differs`);
      if (mine.elements !== theirs.elements) {
        (strictElements ? report.problems : report.counts).push(
          `${name}: ${mine.elements} elements with Backstory, ${theirs.elements} without`,
        );
      }
      return;
    }
    ({ mine, theirs } = again);
  }
  report.unstable.push(leftForElsewhere ? `${name} (left for another address)` : name);
}
