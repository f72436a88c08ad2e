// What the background remembers of dataset updates, in the extension's local storage: whether
// the user turned them on, the last check and its result, and how many checks in a row
// failed (for the backoff). Read with every field checked: storage is not trusted blindly.
import type { UpdateRefusal } from './manifest';

export const UPDATE_STATE_KEY = 'datasetUpdates';

export type LastCheck =
  | { at: string; outcome: 'applied' | 'upToDate'; version: string; issued: string }
  | { at: string; outcome: 'refused'; refusal: UpdateRefusal }
  | { at: string; outcome: 'skipped'; why: 'offline' | 'noPermission' };

export interface UpdateState {
  enabled: boolean;
  /** A downloaded dataset was applied: its dictionary is in IndexedDB. */
  active: boolean;
  failures: number;
  lastCheck: LastCheck | null;
  nextCheckAt: string | null;
}

export const DEFAULT_UPDATE_STATE: UpdateState = {
  enabled: false,
  active: false,
  failures: 0,
  lastCheck: null,
  nextCheckAt: null,
};

export function parseUpdateState(raw: unknown): UpdateState {
  if (!raw || typeof raw !== 'object') return DEFAULT_UPDATE_STATE;
  const r = raw as Partial<Record<keyof UpdateState, unknown>>;
  const last = r.lastCheck as LastCheck | null | undefined;
  return {
    enabled: r.enabled === true,
    active: r.active === true,
    failures:
      typeof r.failures === 'number' && Number.isInteger(r.failures) && r.failures >= 0 ? r.failures : 0,
    lastCheck:
      last && typeof last === 'object' && typeof last.at === 'string' && typeof last.outcome === 'string'
        ? last
        : null,
    nextCheckAt: typeof r.nextCheckAt === 'string' ? r.nextCheckAt : null,
  };
}
