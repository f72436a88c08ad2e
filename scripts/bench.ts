// npm run bench: Backstory's matcher against the floor and the usual alternatives, and the
// cost a page pays for Backstory in real Chromium, side by side in one run. Prints a table,
// then one JSON line. Options: --rounds N (matcher timing), --visits N, --traced-visits N and
// --settle MS (page overhead), --pages N (only the first N pages).
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { benchMatchers } from './bench/run-matchers.ts';
import { benchPageOverhead, type PageOverhead } from './bench/page-overhead.ts';
import { benchPopupDetails, type PopupFigures } from './bench/popup-details.ts';
import { benchDatasetLoad, type LoadTimes } from './bench/dataset-load.ts';
import { seedArticleText } from './lib/seed-page.ts';
import { pageFiles, pageTexts } from './bench/texts.ts';
import { findShared, REPO_ROOT, skipOrFail } from './shared-dir.ts';

const { values } = parseArgs({
  options: {
    rounds: { type: 'string', default: '21' },
    // Two copies of the reference extension measured this way differ by a median of 2–3% on
    // 40 pages with 2 visits; more visits bring the minimum of each side closer to its floor.
    visits: { type: 'string', default: '4' },
    // Visits of Backstory's side only, traced, for the task that compiles and runs its script;
    // as many as the untraced visits, so that both kinds of task get the same chance at a
    // visit the machine left alone.
    'traced-visits': { type: 'string', default: '4' },
    settle: { type: 'string', default: '600' },
    pages: { type: 'string' },
  },
});
const pagesDir = findShared('pages');
if (!pagesDir.found) skipOrFail('bench', pagesDir.message);
const extensionDir = resolve(REPO_ROOT, '.output/chrome-mv3');
if (!existsSync(extensionDir)) {
  console.error('bench: build the extension first (npm run bench does: wxt build)');
  process.exit(1);
}
const files = pageFiles(pagesDir.path).slice(0, values.pages ? Number(values.pages) : undefined);

console.log(`Reading the text of ${files.length} pages of ${pagesDir.path} …`);
const texts = await pageTexts(files);
const chars = texts.reduce((n, p) => n + p.chars, 0);
console.log(`${(chars / 1e6).toFixed(2)} million characters of page text\n`);
const matchers = benchMatchers(texts, Number(values.rounds));
const width = Math.max(...matchers.rows.map((r) => r[0].length));
console.log(`${'matcher'.padEnd(width)}  ${'speed'.padStart(13)}  Backstory is`);
for (const [what, speed, ratio] of matchers.rows)
  console.log(`${what.padEnd(width)}  ${speed.padStart(13)}  ${ratio.padStart(10)}`);

console.log(
  `\nPage task time in Chromium, Backstory vs an empty content script (min of ${values.visits} visits each):`,
);
const pages = await benchPageOverhead(files, extensionDir, {
  visits: Number(values.visits),
  tracedVisits: Number(values['traced-visits']),
  settleMs: Number(values.settle),
  log: (line) => console.log(line),
});
const middle = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const half = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[half]! : (sorted[half - 1]! + sorted[half]!) / 2;
};
const median = middle(pages.map((p) => p.ratio));
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
const backstoryTotal = sum(pages.map((p) => p.backstoryMs));
const referenceTotal = sum(pages.map((p) => p.referenceMs));
console.log(
  `\nSummed over the pages: ${backstoryTotal.toFixed(0)} vs ${referenceTotal.toFixed(0)} ms (×${(backstoryTotal / referenceTotal).toFixed(3)}); ` +
    `per page, median extra ${middle(pages.map((p) => p.backstoryMs - p.referenceMs)).toFixed(1)} ms, ` +
    `of which Backstory's own scan tasks median ${middle(pages.map((p) => p.busyMs)).toFixed(1)} ms (the rest: loading the script, the browser's work for it)`,
);
const longestBy = (measure: (page: PageOverhead) => number) =>
  pages.reduce((a, b) => (measure(b) > measure(a) || Number.isNaN(measure(a)) ? b : a));
const longest = longestBy((p) => p.leastLongestTaskMs);
const longestEvaluation = longestBy((p) => p.evaluation.wallMs);
const longestSlice = longestBy((p) => p.steadiestLongestTaskMs);
const anyVisit = longestBy((p) => p.longestTaskMs);
console.log(
  `Longest task of the content script, each page at its least over the visits (as the task times above): ` +
    `${longest.leastLongestTaskMs.toFixed(1)} ms (${longest.page}). Of them, the task that compiles and runs the script ` +
    `${longestEvaluation.evaluation.wallMs.toFixed(1)} ms (${longestEvaluation.page}; its CPU time ${longestEvaluation.evaluation.cpuMs.toFixed(1)} ms, ` +
    `median over the pages ${middle(pages.map((p) => p.evaluation.wallMs).filter(Number.isFinite)).toFixed(1)} ms, CPU ${middle(pages.map((p) => p.evaluation.cpuMs).filter(Number.isFinite)).toFixed(1)} ms); ` +
    `a scan slice ${longestSlice.steadiestLongestTaskMs.toFixed(1)} ms (${longestSlice.page}), ` +
    `${anyVisit.longestTaskMs.toFixed(1)} ms (${anyVisit.page}) in any one visit`,
);
const again = pages.filter((p) => p.attempts > 1).map((p) => p.page);
if (again.length > 0) console.log(`Measured again after the browser failed: ${again.join(', ')}`);
const errors = pages.flatMap((p) => p.errors.map((e) => `${p.page}: ${e}`));
if (errors.length > 0) console.log(`\nErrors inside the content script:\n${errors.join('\n')}`);

const seed = seedArticleText();
let popup: PopupFigures | undefined;
if (seed) {
  // A browser that fails here costs the popup's figure, not the run's JSON line.
  popup = await benchPopupDetails(extensionDir, seed, {
    runs: 7,
    companyId: 'amazon',
    placeQuery: 'Greenfield Police',
  }).catch((error: unknown) => {
    console.log(`\nPopup timing: failed (${String(error).split('\n')[0]})`);
    return undefined;
  });
  if (popup) {
    const shown = popup.detailsMs;
    console.log(
      `\nPopup: Amazon's view (1,500 police records among its facts) on screen after the click, 7 runs: median ${middle(shown).toFixed(1)} ms (${shown.map((t) => t.toFixed(1)).join(', ')})`,
    );
    if (popup.policeListMs.length > 0)
      console.log(
        `Its police list (1,500 records, 40 rows drawn) on screen after the click: median ${middle(popup.policeListMs).toFixed(1)} ms`,
      );
    console.log(
      `Popup search, "Greenfield Police" typed a key at a time: results on screen a median ${middle(popup.keystrokeMs).toFixed(1)} ms after each key, at most ${popup.keystrokeMs.at(-1)!.toFixed(1)} ms`,
    );
    console.log(
      `Dataset's first load into IndexedDB at the browser's first start: ${popup.datasetLoadMs} ms`,
    );
  }
} else {
  console.log('\nPopup timing: skipped, ../shared/seed/article.txt not found');
}

// As a user meets it: installed into a browser already running (5 fresh profiles).
const loads: LoadTimes[] | undefined = await benchDatasetLoad(extensionDir, 5).catch((error: unknown) => {
  console.log(`\nDataset load timing: failed (${String(error).split('\n')[0]})`);
  return undefined;
});
if (loads) {
  const at = loads[2]!;
  console.log(
    `Dataset's first load into IndexedDB, installed into a running Chromium, 5 runs: median ${at.totalMs} ms (${loads.map((l) => l.totalMs).join(', ')}); that run read and checked the file in ${at.readMs} ms, grouped in ${at.groupMs}, wrote in ${at.transactionMs}`,
  );
}

const round = (n: number, digits = 3) => Math.round(n * 10 ** digits) / 10 ** digits;
console.log(
  JSON.stringify({
    matcherMBps: round(matchers.matcherMBps, 1),
    floorMBps: round(matchers.floorMBps, 1),
    matcherFloorRatio: round(matchers.matcherMBps / matchers.floorMBps),
    dict10kOver200: round(matchers.dict10kOver200),
    vsMarkjs: round(matchers.vsMarkjs, 1),
    vsPerNameRegex: round(matchers.vsPerNameRegex, 1),
    vsOneRegex: round(matchers.vsOneRegex, 1),
    pageOverheadMedian: round(median),
    longestSliceMs: round(longest.leastLongestTaskMs, 2),
    pages: pages.length,
    pagesMeasuredAgain: again.length,
    pagesLeftOut: files.length - pages.length,
    popupDetailsMedianMs: popup ? round(middle(popup.detailsMs), 1) : null,
    popupPoliceListMedianMs: popup?.policeListMs.length ? round(middle(popup.policeListMs), 1) : null,
    searchKeystrokeMedianMs: popup ? round(middle(popup.keystrokeMs), 1) : null,
    searchKeystrokeMaxMs: popup ? round(popup.keystrokeMs.at(-1)!, 1) : null,
    datasetLoadMs: loads ? loads[2]!.totalMs : null,
    datasetLoadAtStartMs: popup?.datasetLoadMs ?? null,
    dictionaryKB: round(statSync(resolve(extensionDir, 'dictionary.bin')).size / 1024, 0),
  }),
);
