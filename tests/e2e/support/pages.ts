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
  return pageFiles(found.path);
}

/** JS run inside a page: what the sweep compares with and without Backstory. */
export const PAGE_STATE = `(() => ({
  text: document.body ? document.body.innerText : '',
  elements: document.getElementsByTagName('*').length,
  hosts: document.getElementsByTagName('backstory-root').length,
}))()`;

export interface PageState {
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
