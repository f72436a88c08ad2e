// What a page pays for Backstory in real Chromium: main-thread task time with Backstory
// against the same with a reference extension whose content script is empty (the floor every
// extension pays), page by page, visits interleaved (each side first in turn), the minimum of
// each side kept.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { BrowserContext, CDPSession, Worker } from 'playwright-core';
import { activeTabScanStats, launchWithExtension, OFFLINE_ARGS } from '../lib/chromium.ts';
import { servePageFiles } from '../lib/seed-page.ts';
import {
  leastEvaluation,
  longestEvaluation,
  type ScriptEvaluation,
  type TraceEvent,
} from './script-evaluation.ts';

export interface PageOverhead {
  page: string;
  backstoryMs: number;
  referenceMs: number;
  ratio: number;
  longestTaskMs: number;
  /** The longest task in the visit where it was shortest: the least disturbed by the machine. */
  steadiestLongestTaskMs: number;
  /** The task that compiles and runs the script, its least over the traced visits (NaN if none ran). */
  evaluation: ScriptEvaluation;
  /** The longest of all the script's tasks, the evaluation included, each at its least over the visits. */
  leastLongestTaskMs: number;
  /** Backstory's own tasks on the page (its scan), the least of the visits. */
  busyMs: number;
  mentions: number;
  errors: string[];
  /** 2 when the browser failed during the page's first measurement and it was measured again. */
  attempts: number;
}

function referenceExtension(): string {
  const dir = mkdtempSync(join(tmpdir(), 'backstory-reference-'));
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'Reference: empty content script',
      version: '1.0.0',
      content_scripts: [
        { matches: ['<all_urls>'], js: ['empty.js'], run_at: 'document_idle', all_frames: true },
      ],
    }),
  );
  writeFileSync(join(dir, 'empty.js'), '// intentionally empty: the cost of having any content script\n');
  return dir;
}

/**
 * One visit in a new tab: `watch` starts measuring before the page loads and returns what
 * reads the measure once the page has loaded and settled, before the tab closes.
 */
async function visit<T>(
  context: BrowserContext,
  url: string,
  settleMs: number,
  watch: (cdp: CDPSession) => Promise<() => Promise<T>>,
): Promise<T> {
  const page = await context.newPage();
  const read = await watch(await context.newCDPSession(page));
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 }).catch(() => undefined);
  await page.waitForTimeout(settleMs);
  const result = await read();
  await page.close();
  return result;
}

/** The page's main-thread task time in one visit, and Backstory's own figures if `worker` is ours. */
function taskMs(context: BrowserContext, url: string, settleMs: number, worker?: Worker) {
  return visit(context, url, settleMs, async (cdp) => {
    await cdp.send('Performance.enable');
    const metric = async () =>
      ((await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')?.value ??
        0) * 1000;
    const before = await metric();
    return async () => {
      const ms = (await metric()) - before;
      if (!worker) return { ms, stats: undefined };
      const reply = await activeTabScanStats(worker);
      const stats = reply.stats ?? {
        longestTaskMs: NaN,
        busyMs: NaN,
        mentions: 0,
        errors: [reply.error ?? 'no answer'],
      };
      return { ms, stats };
    };
  });
}

/** One more visit, traced, for the task that evaluates the content script. */
function evaluationTask(context: BrowserContext, url: string, settleMs: number) {
  return visit(context, url, settleMs, async (cdp) => {
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
    const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.start', {
      traceConfig: { includedCategories: ['devtools.timeline'] },
      transferMode: 'ReportEvents',
    });
    return async () => {
      await cdp.send('Tracing.end');
      await complete;
      return longestEvaluation(events, '/in-page.js');
    };
  });
}

type Launched = Awaited<ReturnType<typeof launchWithExtension>>;
interface Browsers {
  ours: Launched;
  reference: Launched;
}
interface MeasureOptions {
  visits: number;
  tracedVisits: number;
  settleMs: number;
}

async function closeQuietly({ ours, reference }: Browsers): Promise<void> {
  await ours.context.close().catch(() => undefined);
  await reference.context.close().catch(() => undefined);
}

/** One page, both sides, every visit; throws when a browser goes away under it. */
async function measurePage(
  file: string,
  { ours, reference }: Browsers,
  url: string,
  options: MeasureOptions,
): Promise<PageOverhead> {
  const backstory: number[] = [];
  const floor: number[] = [];
  let longestTaskMs = 0;
  let steadiestLongestTaskMs = Infinity;
  let busyMs = Infinity;
  let mentions = 0;
  const errors: string[] = [];
  const visitOurs = async () => {
    const mine = await taskMs(ours.context, url, options.settleMs, ours.worker);
    backstory.push(mine.ms);
    longestTaskMs = Math.max(longestTaskMs, mine.stats?.longestTaskMs ?? 0);
    steadiestLongestTaskMs = Math.min(steadiestLongestTaskMs, mine.stats?.longestTaskMs ?? Infinity);
    busyMs = Math.min(busyMs, mine.stats?.busyMs ?? Infinity);
    mentions = mine.stats?.mentions ?? mentions;
    errors.push(...(mine.stats?.errors ?? []));
  };
  const visitReference = async () => {
    floor.push((await taskMs(reference.context, url, options.settleMs)).ms);
  };
  // Each side goes first on every other visit: whichever loads a page first meets a
  // different machine (the other browser still closing its tab), and that must not count.
  for (let visit = 0; visit < options.visits; visit++) {
    if (visit % 2 === 0) {
      await visitOurs();
      await visitReference();
    } else {
      await visitReference();
      await visitOurs();
    }
  }
  const traced: (ScriptEvaluation | undefined)[] = [];
  for (let visit = 0; visit < options.tracedVisits; visit++) {
    traced.push(await evaluationTask(ours.context, url, options.settleMs));
  }
  const evaluation = leastEvaluation(traced);
  if (evaluation.frames === 0 && options.tracedVisits > 0) {
    errors.push('no evaluation of in-page.js in the trace');
  }
  return {
    page: basename(file),
    backstoryMs: Math.min(...backstory),
    referenceMs: Math.min(...floor),
    ratio: Math.min(...backstory) / Math.min(...floor),
    longestTaskMs,
    steadiestLongestTaskMs,
    evaluation,
    leastLongestTaskMs: Math.max(steadiestLongestTaskMs, evaluation.frames > 0 ? evaluation.wallMs : 0),
    busyMs,
    mentions,
    errors,
    attempts: 1,
  };
}

function describe(result: PageOverhead): string {
  const again = result.attempts > 1 ? ` (measured again after the browser failed)` : '';
  return `${result.page.padEnd(48)} ${result.backstoryMs.toFixed(1).padStart(8)} ms ${result.referenceMs.toFixed(1).padStart(8)} ms  ×${result.ratio.toFixed(3)}  scan ${result.busyMs.toFixed(1)} ms, longest slice ${result.longestTaskMs.toFixed(1)} ms (${result.steadiestLongestTaskMs.toFixed(1)} in its steadiest visit), evaluation ${result.evaluation.wallMs.toFixed(1)} ms (CPU ${result.evaluation.cpuMs.toFixed(1)}), ${result.mentions} marks${again}`;
}

export async function benchPageOverhead(
  files: readonly string[],
  extensionDir: string,
  options: { visits: number; tracedVisits: number; settleMs: number; log: (line: string) => void },
): Promise<PageOverhead[]> {
  const referenceDir = referenceExtension();
  const server = await servePageFiles(files);
  const launch = async () => ({
    ours: await launchWithExtension(extensionDir, { extraArgs: OFFLINE_ARGS }),
    reference: await launchWithExtension(referenceDir, { extraArgs: OFFLINE_ARGS }),
  });
  let browsers = await launch();
  const results: PageOverhead[] = [];
  try {
    for (const file of files) {
      // A browser that dies mid-run (it happened after about 100 pages of a full run) costs
      // one page, not the run: both are launched again and the page measured again, once.
      for (let attempt = 1; ; attempt++) {
        try {
          const result = await measurePage(file, browsers, server.urlOf(file), options);
          result.attempts = attempt;
          results.push(result);
          options.log(describe(result));
          break;
        } catch (error) {
          const reason = error instanceof Error ? error.message.split('\n')[0]! : String(error);
          options.log(`${basename(file)}: the browser failed (${reason}); launching both again`);
          await closeQuietly(browsers);
          browsers = await launch();
          if (attempt === 2) {
            options.log(`${basename(file)}: failed twice, left out of the figures`);
            break;
          }
        }
      }
    }
  } finally {
    await closeQuietly(browsers);
    await server.close();
    rmSync(referenceDir, { recursive: true, force: true });
  }
  return results;
}
