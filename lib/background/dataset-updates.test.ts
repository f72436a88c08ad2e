import { describe, expect, it } from 'vitest';
import type { CheckResult } from '../updates/check-update';
import { WEEK_MS } from '../updates/schedule';
import { datasetUpdater, UPDATE_ALARM } from './dataset-updates';

function harness(results: CheckResult[], over: { permitted?: boolean; online?: boolean } = {}) {
  const stored: Record<string, unknown> = {};
  const alarms = new Map<string, number>();
  let checks = 0;
  const now = new Date('2026-12-04T12:00:00.000Z');
  const updater = datasetUpdater({
    storage: {
      local: {
        get: async (key) => ({ [key]: stored[key] }),
        set: async (items) => void Object.assign(stored, structuredClone(items)),
      },
    },
    alarms: {
      create: (name, { when }) => alarms.set(name, when),
      clear: async (name) => alarms.delete(name),
    },
    permitted: async () => over.permitted ?? true,
    online: () => over.online ?? true,
    now: () => now,
    check: async () => {
      checks++;
      return results.shift() ?? { outcome: 'upToDate', version: 'v', issued: 'i' };
    },
  });
  return { updater, alarms, checks: () => checks, now };
}

const refused: CheckResult = { outcome: 'refused', refusal: { reason: 'http', status: 500 } };

describe('datasetUpdater', () => {
  it('sends nothing while off, even when asked or woken by the alarm', async () => {
    const { updater, alarms, checks } = harness([]);
    await updater.checkNow();
    await updater.onAlarm(UPDATE_ALARM);
    await updater.ensureScheduled();
    expect(checks()).toBe(0);
    expect(alarms.size).toBe(0);
  });

  it('checks when turned on, then once a week; turning it off clears the alarm', async () => {
    const { updater, alarms, checks, now } = harness([]);
    const state = await updater.setEnabled(true);
    expect(checks()).toBe(1);
    expect(state.lastCheck).toMatchObject({ outcome: 'upToDate' });
    expect(alarms.get(UPDATE_ALARM)).toBe(now.getTime() + WEEK_MS);
    const off = await updater.setEnabled(false);
    expect(off.enabled).toBe(false);
    expect(alarms.size).toBe(0);
  });

  it('backs off after failures, and remembers the reason', async () => {
    const { updater, alarms, now } = harness([refused, refused, refused]);
    await updater.setEnabled(true);
    expect(alarms.get(UPDATE_ALARM)).toBe(now.getTime() + 60 * 60 * 1000);
    await updater.checkNow();
    expect(alarms.get(UPDATE_ALARM)).toBe(now.getTime() + 4 * 60 * 60 * 1000);
    const state = await updater.checkNow();
    expect(state.failures).toBe(3);
    expect(state.lastCheck).toMatchObject({ outcome: 'refused', refusal: { reason: 'http', status: 500 } });
    expect((await updater.checkNow()).failures).toBe(0);
  });

  it('makes no request offline or without the host permission', async () => {
    const offline = harness([], { online: false });
    expect((await offline.updater.setEnabled(true)).lastCheck).toMatchObject({
      outcome: 'skipped',
      why: 'offline',
    });
    expect(offline.checks()).toBe(0);
    const denied = harness([], { permitted: false });
    expect((await denied.updater.setEnabled(true)).lastCheck).toMatchObject({
      outcome: 'skipped',
      why: 'noPermission',
    });
    expect(denied.checks()).toBe(0);
  });

  it('marks the downloaded dataset in use once an update is applied', async () => {
    const { updater } = harness([{ outcome: 'applied', version: 'v2', issued: '2026-12-04T00:00:00.000Z' }]);
    expect((await updater.setEnabled(true)).active).toBe(true);
  });
});
