// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { JudgedMatch } from '../matcher/text-matches';
import type { TextMatcher } from '../scanner/scan';
import { PageSession } from './page-session';

/** A matcher that finds "Palantir" and answers only when told to, as the background would. */
function slowMatching() {
  let answer: () => void = () => {};
  const answered = new Promise<void>((resolve) => (answer = resolve));
  const matching: TextMatcher = {
    async matchTexts(texts) {
      await answered;
      return texts.map((text): JudgedMatch[] => {
        const start = text.indexOf('Palantir');
        const match = {
          start,
          end: start + 8,
          companyId: 'palantir',
          categories: 1,
          standing: 'evidence' as const,
        };
        return start < 0 ? [] : [match];
      });
    },
  };
  return { matching, answer };
}

/** A session over `slowMatching`, keeping every company count it tells. */
function countingSession() {
  const { matching, answer } = slowMatching();
  const counts: number[] = [];
  const session = new PageSession(
    document,
    matching,
    () => false,
    performance.now(),
    undefined,
    (n) => counts.push(n),
  );
  return { session, answer, counts };
}

describe('PageSession', () => {
  it('marks the names its matcher finds', async () => {
    document.body.innerHTML = '<p>Workers at Palantir wrote a letter.</p>';
    const { matching, answer } = slowMatching();
    const session = new PageSession(document, matching, () => false);
    const scan = session.start();
    answer();
    await scan;
    expect(session.companiesNamed()).toEqual([{ companyId: 'palantir', count: 1 }]);
    session.stop();
  });

  it('tells the number of companies in a task of its own, after the marks are painted', async () => {
    vi.useFakeTimers();
    try {
      document.body.innerHTML = '<p>Workers at Palantir wrote a letter.</p>';
      const { session, answer, counts } = countingSession();
      answer();
      await session.start();
      expect(session.companiesNamed()).toEqual([{ companyId: 'palantir', count: 1 }]);
      expect(counts).toEqual([]);
      await vi.advanceTimersByTimeAsync(0);
      expect(counts).toEqual([1]);
      session.stop();
    } finally {
      vi.useRealTimers();
    }
  });

  it('marks nothing once stopped, even when the matcher answers afterwards', async () => {
    document.body.innerHTML = '<p>Workers at Palantir wrote a letter.</p>';
    const { session, answer, counts } = countingSession();
    const scan = session.start();
    session.stop(); // Backstory turned off on this site while the page was being read
    answer();
    await scan;
    expect(session.companiesNamed()).toEqual([]);
    expect(session.stats().errors).toEqual([]);
    expect(counts.filter((n) => n > 0)).toEqual([]);
  });
});

describe('PageSession on a page opened scrolled down', () => {
  afterEach(() => {
    Object.defineProperty(window, 'scrollY', { value: 0, configurable: true });
    history.replaceState(null, '', '#');
    delete (document as { elementFromPoint?: unknown }).elementFromPoint;
  });

  it('reads what is in view first, then the page from its top', async () => {
    document.body.innerHTML =
      '<p>Intro</p><p>More</p><h2 id="later">Later</h2><p>Palantir here</p><p>End</p>';
    const later = document.getElementById('later')!;
    history.replaceState(null, '', '#later');
    Object.defineProperty(window, 'scrollY', { value: 3 * innerHeight, configurable: true });
    document.elementFromPoint = () => later;
    const asked: string[] = [];
    const matching: TextMatcher = {
      matchTexts: (texts) => (asked.push(...texts), texts.map(() => [])),
    };
    const session = new PageSession(document, matching, () => false);
    await session.start();
    expect(asked).toEqual(['Later', 'Palantir here', 'End', 'Intro', 'More']);
    session.stop();
  });
});

describe('PageSession painting', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('paints again only when what is marked changes, not at every rescan', async () => {
    // The browser's highlight registry, counting what is set in it.
    const sets: number[] = [];
    const registry = new Map<string, { ranges: unknown[] }>();
    vi.stubGlobal('CSS', {
      highlights: {
        set: (name: string, value: { ranges: unknown[] }) => (
          sets.push(value.ranges.length),
          registry.set(name, value)
        ),
        delete: (name: string) => registry.delete(name),
      },
    });
    vi.stubGlobal(
      'Highlight',
      class {
        ranges: unknown[];
        constructor(...ranges: unknown[]) {
          this.ranges = ranges;
        }
      },
    );
    document.body.innerHTML = '<p>Workers at Palantir wrote a letter.</p>';
    const { matching, answer } = slowMatching();
    answer();
    const session = new PageSession(document, matching, () => false);
    await session.start();
    expect(sets).toEqual([1]);

    vi.useFakeTimers();
    const rescan = async () => {
      await Promise.resolve(); // the observer's records
      await vi.advanceTimersByTimeAsync(300);
      await session.settled();
    };
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'A clock: 10:42' }));
    await rescan();
    expect(sets).toEqual([1]);
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'And Palantir again.' }));
    await rescan();
    expect(sets).toEqual([1, 2]);
    session.stop();
  });
});
