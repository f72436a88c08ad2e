// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mayOpenScrolled, viewportStart } from './viewport-start';

describe('mayOpenScrolled', () => {
  it('is true for a link to an anchor, a reload and a step back in history', () => {
    expect(mayOpenScrolled('#section', 'navigate')).toBe(true);
    expect(mayOpenScrolled('', 'reload')).toBe(true);
    expect(mayOpenScrolled('', 'back_forward')).toBe(true);
  });

  it('is false for a page opened plainly, or with an empty anchor', () => {
    expect(mayOpenScrolled('', 'navigate')).toBe(false);
    expect(mayOpenScrolled('#', 'navigate')).toBe(false);
    expect(mayOpenScrolled('', undefined)).toBe(false);
  });
});

describe('viewportStart', () => {
  const setScroll = (y: number) => Object.defineProperty(window, 'scrollY', { value: y, configurable: true });
  afterEach(() => {
    setScroll(0);
    history.replaceState(null, '', '#');
    vi.restoreAllMocks();
    delete (document as { elementFromPoint?: unknown }).elementFromPoint;
  });

  /** A page whose element near the top of the view is `#in-view`; the points asked for. */
  function page() {
    document.body.innerHTML = '<p>top</p><h2 id="anchor">anchor</h2><p id="in-view">here</p>';
    const inView = document.getElementById('in-view')!;
    const asked: number[][] = [];
    document.elementFromPoint = (x: number, y: number) => (asked.push([x, y]), inView);
    return { anchor: document.getElementById('anchor')!, inView, asked };
  }

  it('is the anchor a link named, once the page opened below its first screen', () => {
    const { anchor, asked } = page();
    history.replaceState(null, '', '#anchor');
    setScroll(5 * innerHeight);
    expect(viewportStart(document)).toBe(anchor);
    expect(asked).toEqual([]);
  });

  it('is the element near the top of the view after a reload or a step back', () => {
    const { inView, asked } = page();
    const navigation = [{ type: 'back_forward' }] as unknown as PerformanceEntryList;
    vi.spyOn(performance, 'getEntriesByType').mockReturnValue(navigation);
    setScroll(5 * innerHeight);
    expect(viewportStart(document)).toBe(inView);
    expect(asked).toEqual([[innerWidth / 2, innerHeight / 8]]);
  });

  it('is undefined within the first screen, and reads no layout of a page opened plainly', () => {
    const { asked } = page();
    history.replaceState(null, '', '#anchor');
    expect(viewportStart(document)).toBeUndefined();
    history.replaceState(null, '', '#');
    setScroll(5 * innerHeight);
    const scrollRead = vi.spyOn(window, 'scrollY', 'get');
    expect(viewportStart(document)).toBeUndefined();
    expect(scrollRead).not.toHaveBeenCalled();
    expect(asked).toEqual([]);
  });
});
