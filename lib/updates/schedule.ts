// When the next check is due: once a week after a check that worked, sooner after one that
// failed and then less and less often (an hour, four, sixteen, …, never more than a week).
export const WEEK_MS = 7 * 24 * 60 * 60 * 1000;
const FIRST_RETRY_MS = 60 * 60 * 1000;

/** Milliseconds from now to the next check, after `failures` failed checks in a row. */
export function nextCheckDelay(failures: number): number {
  if (failures <= 0) return WEEK_MS;
  return Math.min(WEEK_MS, FIRST_RETRY_MS * 4 ** (failures - 1));
}
