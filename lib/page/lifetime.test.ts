import { describe, expect, it } from 'vitest';
import { ExtensionLifetime } from './lifetime';

describe('ExtensionLifetime', () => {
  it('stays alive while the runtime has an id, and ends once when it loses it', () => {
    const runtime: { id?: string } = { id: 'abc' };
    const lifetime = new ExtensionLifetime(runtime);
    const ends: string[] = [];
    lifetime.onEnd(() => ends.push('marks cleared'));
    lifetime.onEnd(() => ends.push('listeners removed'));

    expect(lifetime.alive).toBe(true);
    expect(lifetime.signal.aborted).toBe(false);
    expect(ends).toEqual([]);

    delete runtime.id;
    expect(lifetime.alive).toBe(false);
    expect(lifetime.alive).toBe(false);
    expect(lifetime.signal.aborted).toBe(true);
    expect(ends).toEqual(['marks cleared', 'listeners removed']);
  });

  it('does not come back if the id reappears (a new install runs its own script)', () => {
    const runtime: { id?: string } = {};
    const lifetime = new ExtensionLifetime(runtime);
    expect(lifetime.alive).toBe(false);
    runtime.id = 'abc';
    expect(lifetime.alive).toBe(false);
  });

  it('hands out an aborted signal once the extension is gone', () => {
    const runtime: { id?: string } = { id: 'abc' };
    const lifetime = new ExtensionLifetime(runtime);
    const before = lifetime.signal;
    delete runtime.id;
    expect(lifetime.alive).toBe(false);
    expect(before.aborted).toBe(true);
    expect(lifetime.signal.aborted).toBe(true);
  });
});
