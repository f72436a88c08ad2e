import { afterEach, describe, expect, it } from 'vitest';
import { localDay } from './today';

const zone = process.env.TZ;
afterEach(() => {
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
});

describe('localDay', () => {
  it("is the user's calendar day, east and west of UTC, not UTC's", () => {
    const evening = new Date('2026-01-01T21:00:00Z');
    process.env.TZ = 'Australia/Sydney';
    expect(localDay(evening)).toBe('2026-01-02');
    process.env.TZ = 'America/Los_Angeles';
    expect(localDay(evening)).toBe('2026-01-01');
    expect(localDay(new Date('2026-01-01T03:00:00Z'))).toBe('2025-12-31');
    process.env.TZ = 'UTC';
    expect(localDay(evening)).toBe('2026-01-01');
  });
});
