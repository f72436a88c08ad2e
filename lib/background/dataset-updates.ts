// Dataset updates, as the background runs them: off until the user turns them on (and the
// browser granted the update host), then one check a week on an alarm and on "Check now",
// more often after a failure (backoff), never while the browser is offline. Each check is
// lib/updates/check-update.ts; this module keeps its state and its schedule.
import { nextCheckDelay } from '../updates/schedule';
import type { CheckResult } from '../updates/check-update';
import {
  DEFAULT_UPDATE_STATE,
  parseUpdateState,
  UPDATE_STATE_KEY,
  type LastCheck,
  type UpdateState,
} from '../updates/update-state';

export const UPDATE_ALARM = 'dataset-update';

export interface UpdaterDeps {
  storage: {
    local: {
      get(key: string): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
    };
  };
  alarms: {
    create(name: string, info: { when: number }): unknown;
    clear(name: string): Promise<boolean>;
  };
  /** Whether the user granted the update host (optional host permission). */
  permitted: () => Promise<boolean>;
  online: () => boolean;
  now: () => Date;
  /** One check against the update host, given the dataset in use. */
  check: () => Promise<CheckResult>;
}

export function datasetUpdater(deps: UpdaterDeps) {
  const read = async () =>
    parseUpdateState((await deps.storage.local.get(UPDATE_STATE_KEY))[UPDATE_STATE_KEY]);
  const write = (state: UpdateState) => deps.storage.local.set({ [UPDATE_STATE_KEY]: state });
  const schedule = async (state: UpdateState, delayMs: number): Promise<UpdateState> => {
    const when = deps.now().getTime() + delayMs;
    deps.alarms.create(UPDATE_ALARM, { when });
    return { ...state, nextCheckAt: new Date(when).toISOString() };
  };
  let running: Promise<UpdateState> | undefined;

  const runCheck = async (): Promise<UpdateState> => {
    const state = await read();
    if (!state.enabled) return state;
    const at = deps.now().toISOString();
    let last: LastCheck;
    if (!(await deps.permitted())) last = { at, outcome: 'skipped', why: 'noPermission' };
    else if (!deps.online()) last = { at, outcome: 'skipped', why: 'offline' };
    else {
      const result = await deps.check().catch((error: unknown): CheckResult => ({
        outcome: 'refused',
        refusal: { reason: 'network', detail: error instanceof Error ? error.message : String(error) },
      }));
      last = { at, ...result };
    }
    const failed = last.outcome === 'refused' || (last.outcome === 'skipped' && last.why === 'offline');
    const failures = failed ? state.failures + 1 : 0;
    const active = state.active || last.outcome === 'applied';
    const next = await schedule({ ...state, lastCheck: last, failures, active }, nextCheckDelay(failures));
    // The user may have turned updates off while the check ran: that choice wins.
    const latest = await read();
    if (!latest.enabled) return latest;
    await write(next);
    return next;
  };

  return {
    state: read,
    /** Turns updates on (a first check at once) or off (no alarm, no request). */
    async setEnabled(enabled: boolean): Promise<UpdateState> {
      const state = await read();
      if (!enabled) {
        await deps.alarms.clear(UPDATE_ALARM);
        const off = { ...state, enabled: false, failures: 0, nextCheckAt: null };
        await write(off);
        return off;
      }
      await write({ ...state, enabled: true });
      return this.checkNow();
    },
    /** "Check now", the alarm, and turning updates on: one check at a time. */
    checkNow(): Promise<UpdateState> {
      running ??= runCheck().finally(() => (running = undefined));
      return running;
    },
    async onAlarm(name: string): Promise<void> {
      if (name === UPDATE_ALARM) await this.checkNow();
    },
    /** At a start: an alarm lost (a browser that dropped it) is set again. */
    async ensureScheduled(): Promise<void> {
      const state = await read();
      if (!state.enabled) return;
      const due = state.nextCheckAt ? Date.parse(state.nextCheckAt) - deps.now().getTime() : 0;
      deps.alarms.create(UPDATE_ALARM, { when: deps.now().getTime() + Math.max(due, 60_000) });
    },
  };
}

export type DatasetUpdater = ReturnType<typeof datasetUpdater>;
export { DEFAULT_UPDATE_STATE };
