import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Mention } from '../scanner/scan';
import { HoverController } from './hover';
import { MentionIndex } from './mention-index';

// A page with one marked word: the text under x < 100 is the mark, the rest is blank space.
const node = { isConnected: true } as unknown as Text;
const mention: Mention = { node, start: 0, end: 8, companyId: 'palantir', categories: 1, text: 'Palantir' };
const WORD = { left: 0, right: 100, top: 0, bottom: 20 };

class FakePage extends EventTarget {
  caretPositionFromPoint(x: number) {
    return { offsetNode: node, offset: x < 100 ? 3 : 20 };
  }
  createRange() {
    return {
      setStart() {},
      setEnd() {},
      getClientRects: () => [WORD],
      getBoundingClientRect: () => WORD,
    };
  }
  move(x: number, y = 10) {
    this.dispatchEvent(Object.assign(new Event('pointermove'), { clientX: x, clientY: y }));
  }
  key(key: string) {
    this.dispatchEvent(Object.assign(new Event('keydown'), { key }));
  }
}

/** `byUser`: every event counts as the user's (tests cannot make trusted ones), or the real test. */
function setup(byUser: 'any event' | 'isTrusted' = 'any event') {
  const page = new FakePage();
  const index = new MentionIndex();
  index.replace([mention]);
  const seen: string[] = [];
  const hover = new HoverController(
    page as unknown as Document,
    index,
    {
      show: (m, _rect, focus) => seen.push(`show ${m.text}${focus ? ' focused' : ''}`),
      hide: () => seen.push('hide'),
    },
    { dwellMs: 500, hideMs: 300 },
  );
  const lifetime = new AbortController();
  let alive = true;
  hover.listen(lifetime.signal, () => alive, byUser === 'any event' ? () => true : undefined);
  return { page, hover, seen, lifetime, die: () => (alive = false) };
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.stubGlobal('requestAnimationFrame', (callback: () => void) => setTimeout(callback, 16));
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('HoverController', () => {
  it('opens the card once the pointer has rested on a mark for the dwell, not before', () => {
    const { page, seen } = setup();
    page.move(50);
    vi.advanceTimersByTime(400);
    expect(seen).toEqual([]);
    vi.advanceTimersByTime(200);
    expect(seen).toEqual(['show Palantir']);
  });

  it('does not open when the pointer leaves before the dwell ends', () => {
    const { page, seen } = setup();
    page.move(50);
    vi.advanceTimersByTime(300);
    page.move(300);
    vi.advanceTimersByTime(1000);
    expect(seen).toEqual([]);
  });

  it('closes a moment after the pointer leaves, unless it comes back or rests on the card', () => {
    const { page, hover, seen } = setup();
    page.move(50);
    vi.advanceTimersByTime(600);
    page.move(300);
    vi.advanceTimersByTime(200);
    page.move(60); // back on the word: the hide is cancelled
    vi.advanceTimersByTime(1000);
    expect(seen).toEqual(['show Palantir']);
    page.move(300);
    vi.advanceTimersByTime(100);
    hover.setInsideCard(true); // onto the card
    vi.advanceTimersByTime(1000);
    expect(seen).toEqual(['show Palantir']);
    hover.setInsideCard(false);
    vi.advanceTimersByTime(299);
    expect(seen).toEqual(['show Palantir']);
    vi.advanceTimersByTime(1);
    expect(seen).toEqual(['show Palantir', 'hide']);
  });

  it('closes at once on Escape and on scroll, but not on scroll while the pointer is on the card', () => {
    const { page, hover, seen } = setup();
    page.move(50);
    vi.advanceTimersByTime(600);
    page.key('Escape');
    expect(seen).toEqual(['show Palantir', 'hide']);
    hover.openFor(mention);
    hover.setInsideCard(true);
    page.dispatchEvent(new Event('scroll'));
    expect(seen).toEqual(['show Palantir', 'hide', 'show Palantir focused']);
    hover.setInsideCard(false);
    page.dispatchEvent(new Event('scroll'));
    expect(seen.at(-1)).toBe('hide');
  });

  it('takes a changed dwell at once, and stops hit-testing once Backstory is gone', () => {
    const { page, hover, seen, die } = setup();
    hover.setTiming({ dwellMs: 1500, hideMs: 300 });
    page.move(50);
    vi.advanceTimersByTime(1000);
    expect(seen).toEqual([]);
    vi.advanceTimersByTime(600);
    expect(seen).toEqual(['show Palantir']);
    hover.close();
    die();
    page.move(70);
    vi.advanceTimersByTime(2000);
    expect(seen).toEqual(['show Palantir', 'hide']);
  });

  it("acts on none of the events a page's script makes", () => {
    const { page, seen } = setup('isTrusted'); // false for every event a script makes
    page.move(50);
    vi.advanceTimersByTime(2000);
    expect(seen).toEqual([]);
  });
});
