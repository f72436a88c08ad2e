import { afterEach, describe, expect, it, vi } from 'vitest';
import { Slicer, StoppedError, yieldByTimer, yieldToPage } from './slicer';

/** A clock the test moves by hand. */
function handClock() {
  let now = 1000;
  vi.spyOn(performance, 'now').mockImplementation(() => now);
  return { advance: (ms: number) => (now += ms) };
}

describe('Slicer', () => {
  afterEach(() => vi.restoreAllMocks());

  it('goes on without yielding while the slice has time left', () => {
    const clock = handClock();
    const slicer = new Slicer(3, () => false);
    clock.advance(2);
    expect(slicer.pause()).toBeUndefined();
    expect(slicer.longestTaskMs).toBe(0);
  });

  it('yields once the slice is spent, counting the task that ended', async () => {
    const clock = handClock();
    const atSliceStart = vi.fn();
    const slicer = new Slicer(3, () => false, atSliceStart);
    clock.advance(4);
    const waiting = slicer.pause();
    expect(waiting).toBeInstanceOf(Promise);
    expect(atSliceStart).not.toHaveBeenCalled();
    await waiting;
    expect(atSliceStart).toHaveBeenCalledOnce();
    clock.advance(1);
    slicer.endTask();
    expect(slicer.longestTaskMs).toBe(4);
    expect(slicer.busyMs).toBe(5);
  });

  it('yields early when a step that cannot be cut comes next and the slice is half spent', async () => {
    const clock = handClock();
    const slicer = new Slicer(3, () => false);
    clock.advance(0.5);
    expect(slicer.pause(true)).toBeUndefined();
    clock.advance(1);
    expect(slicer.pause()).toBeUndefined();
    const waiting = slicer.pause(true);
    expect(waiting).toBeInstanceOf(Promise);
    await waiting;
    expect(slicer.longestTaskMs).toBe(1.5);
  });

  it('counts a task timed before it existed, such as the script setup', () => {
    handClock();
    const slicer = new Slicer(3, () => false);
    slicer.countTask(7.5);
    slicer.countTask(1);
    slicer.endTask();
    expect(slicer.longestTaskMs).toBe(7.5);
    expect(slicer.busyMs).toBe(8.5);
  });

  it('does not count the wait for an answer from elsewhere as the page’s time', async () => {
    const clock = handClock();
    const slicer = new Slicer(3, () => false);
    clock.advance(1);
    let answer: (value: string) => void = () => {};
    const waiting = slicer.waitOutside(new Promise<string>((resolve) => (answer = resolve)));
    clock.advance(50);
    answer('matches');
    expect(await waiting).toBe('matches');
    clock.advance(2);
    slicer.endTask();
    expect(slicer.longestTaskMs).toBe(2);
    expect(slicer.busyMs).toBe(3);
  });

  it('stops at the next pause once the extension is gone', async () => {
    const clock = handClock();
    let gone = false;
    const slicer = new Slicer(3, () => gone);
    clock.advance(4);
    const waiting = slicer.pause();
    gone = true;
    await expect(waiting).rejects.toBeInstanceOf(StoppedError);
  });
});

describe('yielding to the page', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
    delete (globalThis as { scheduler?: unknown }).scheduler;
  });

  it('takes scheduler.yield where the browser has it', async () => {
    const yieldTo = vi.fn(() => Promise.resolve());
    vi.stubGlobal('scheduler', { yield: yieldTo });
    await yieldToPage();
    expect(yieldTo).toHaveBeenCalledOnce();
  });

  it('yields by a timer without reaching scheduler, so the first task builds no object for it', async () => {
    vi.useFakeTimers();
    const reads = vi.fn(() => ({ yield: () => Promise.resolve() }));
    Object.defineProperty(globalThis, 'scheduler', { get: reads, configurable: true });
    let resumed = false;
    const waiting = yieldByTimer().then(() => (resumed = true));
    await Promise.resolve();
    expect(resumed).toBe(false);
    await vi.runAllTimersAsync();
    await waiting;
    expect(resumed).toBe(true);
    expect(reads).not.toHaveBeenCalled();
  });
});
