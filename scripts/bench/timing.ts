// Best-of-N timing: the minimum is the run least disturbed by the rest of the machine.
export function bestMs(run: () => unknown, rounds: number): number {
  let best = Infinity;
  for (let r = 0; r < rounds; r++) {
    const started = performance.now();
    run();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

/** Millions of characters per second. */
export const mbps = (chars: number, ms: number): number => chars / 1e6 / (ms / 1000);
