import { describe, expect, it } from 'vitest';
import { leastEvaluation, longestEvaluation, type TraceEvent } from './script-evaluation';

const evaluate = (url: unknown, dur: number, tdur: number): TraceEvent => ({
  name: 'EvaluateScript',
  ph: 'X',
  dur,
  tdur,
  args: { data: { url } },
});

describe('longestEvaluation', () => {
  it('takes the longest evaluation of the script among its frames, in ms', () => {
    const events = [
      evaluate('chrome-extension://abc/in-page.js', 6_500, 4_000),
      evaluate('chrome-extension://abc/in-page.js', 12_250, 7_100),
      evaluate('http://127.0.0.1:8080/app.js', 90_000, 80_000),
      {
        name: 'v8.compile',
        ph: 'X',
        dur: 50_000,
        args: { data: { url: 'chrome-extension://abc/in-page.js' } },
      },
    ];
    expect(longestEvaluation(events, '/in-page.js')).toEqual({ wallMs: 12.25, cpuMs: 7.1, frames: 2 });
  });

  it('is undefined when the script never ran, and ignores events without a usable URL', () => {
    expect(
      longestEvaluation(
        [evaluate(undefined, 9_000, 9_000), evaluate(42, 9_000, 9_000), evaluate('', 9_000, 9_000)],
        '/in-page.js',
      ),
    ).toBe(undefined);
    expect(longestEvaluation([evaluate('chrome-extension://abc/not-in-page.js', 1, 1)], '/in-page.js')).toBe(
      undefined,
    );
  });

  it('reads the path of a URL with a query or a fragment', () => {
    expect(
      longestEvaluation([evaluate('chrome-extension://abc/in-page.js?v=2#x', 2_000, 1_000)], '/in-page.js'),
    ).toEqual({
      wallMs: 2,
      cpuMs: 1,
      frames: 1,
    });
  });

  it('skips begin and end halves of an event (only complete events carry a length)', () => {
    const begin = { ...evaluate('chrome-extension://abc/in-page.js', 0, 0), ph: 'B' };
    expect(longestEvaluation([begin], '/in-page.js')).toBe(undefined);
  });
});

describe('leastEvaluation', () => {
  it('takes each figure at its least over the visits the script ran in, and the most frames', () => {
    expect(
      leastEvaluation([{ wallMs: 20, cpuMs: 6, frames: 1 }, undefined, { wallMs: 9, cpuMs: 7, frames: 2 }]),
    ).toEqual({ wallMs: 9, cpuMs: 6, frames: 2 });
  });

  it('has NaN figures and no frames when the script ran in no visit', () => {
    expect(leastEvaluation([undefined, undefined])).toEqual({ wallMs: NaN, cpuMs: NaN, frames: 0 });
    expect(leastEvaluation([])).toEqual({ wallMs: NaN, cpuMs: NaN, frames: 0 });
  });
});
