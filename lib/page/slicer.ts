// Cuts long work into slices of a few milliseconds so the page never waits on Backstory,
// and keeps the length of the longest task Backstory ran (the benchmark's longestSliceMs).

type SchedulerWithYield = { yield?: () => Promise<void> };

/**
 * Yields by a timer alone. The script's first yield takes this one: reaching `scheduler` makes
 * the browser build its object in the script's world, in the task that compiles the script,
 * which no slice can time or cut (docs/performance.md, "Figures behind the code").
 */
export function yieldByTimer(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerWithYield }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return yieldByTimer();
}

/**
 * How much of a slice a step that cannot be cut is assumed to need: a query over the whole
 * page, a message to the background, a first painting (docs/performance.md).
 */
const HEAVY_STEP_MS = 2;

export class StoppedError extends Error {
  constructor() {
    super('Backstory stopped: the extension was reloaded or removed');
  }
}

export class Slicer {
  private taskStart: number;
  private longest = 0;
  private busy = 0;

  constructor(
    private readonly budgetMs: number,
    private readonly stopped: () => boolean,
    /** Runs at the start of each slice after the first (to paint what was found meanwhile). */
    private readonly atSliceStart: () => void = () => {},
    taskStart = performance.now(),
  ) {
    this.taskStart = taskStart;
  }

  /** A task of Backstory's began: a timer or an event fired. */
  beginTask(): void {
    this.taskStart = performance.now();
  }

  /** The current task returns to the event loop. */
  endTask(): void {
    this.countTask(performance.now() - this.taskStart);
  }

  /** A task of Backstory's that lasted `ms` and was timed by its own code (not sliced). */
  countTask(ms: number): void {
    this.longest = Math.max(this.longest, ms);
    this.busy += ms;
  }

  /**
   * Await between units of work; it yields to the page when the slice is spent, or when
   * `heavyNext` (a step that cannot be cut comes next) and too little of it is left.
   */
  readonly pause = (heavyNext = false): Promise<void> | undefined => {
    const reserve = heavyNext ? HEAVY_STEP_MS : 0;
    if (performance.now() - this.taskStart + reserve < this.budgetMs) return undefined;
    // The yield is asked for before the task's end is taken: the first one builds the
    // browser's scheduler object (see yieldByTimer), and that belongs to this task.
    const yielded = yieldToPage();
    this.endTask();
    return yielded.then(() => {
      if (this.stopped()) throw new StoppedError();
      this.beginTask();
      this.atSliceStart();
    });
  };

  /**
   * Waits for an answer from elsewhere (the background): the current task ends here, and
   * the one that receives the answer is a new task of Backstory's.
   */
  readonly waitOutside = async <T>(answer: Promise<T>): Promise<T> => {
    this.endTask();
    const value = await answer;
    if (this.stopped()) throw new StoppedError();
    this.beginTask();
    return value;
  };

  get longestTaskMs(): number {
    return this.longest;
  }

  /** All of Backstory's tasks so far, in ms. */
  get busyMs(): number {
    return this.busy;
  }
}
