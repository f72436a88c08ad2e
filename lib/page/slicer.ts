// Cuts long work into slices of a few milliseconds so the page never waits on Backstory.

const CHECK_EVERY = 32;

export interface Slicer {
  /** Await between units of work; it yields to the page when the slice is spent. */
  pause: () => Promise<void> | undefined;
  /** The longest slice so far, in ms, for the benchmark. */
  longestSliceMs: () => number;
}

type SchedulerWithYield = { yield?: () => Promise<void> };

export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerWithYield }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export class StoppedError extends Error {
  constructor() {
    super('Backstory stopped: the extension was reloaded or removed');
  }
}

export function createSlicer(budgetMs: number, stopped: () => boolean): Slicer {
  let sliceStart = performance.now();
  let longest = 0;
  let count = 0;
  return {
    pause() {
      if (++count % CHECK_EVERY !== 0) return undefined;
      const elapsed = performance.now() - sliceStart;
      if (elapsed < budgetMs) return undefined;
      longest = Math.max(longest, elapsed);
      return yieldToPage().then(() => {
        if (stopped()) throw new StoppedError();
        sliceStart = performance.now();
      });
    },
    longestSliceMs: () => Math.max(longest, performance.now() - sliceStart),
  };
}
