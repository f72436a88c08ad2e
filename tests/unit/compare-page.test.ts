import { describe, expect, it } from 'vitest';
import { comparePage, type PageState, type SweepReport } from '../e2e/support/pages';

const page = (text: string, url = 'http://127.0.0.1/p.html', elements = 10): PageState => ({
  url,
  text,
  elements,
  hosts: 0,
});

/** Runs a comparison whose later loads come from `pairs`, in order. */
async function compare(
  first: [PageState, PageState],
  pairs: [PageState, PageState][],
  strictElements = true,
): Promise<{ report: SweepReport; loads: number }> {
  const report: SweepReport = { problems: [], unstable: [], counts: [] };
  let loads = 0;
  await comparePage(
    'p.html',
    { mine: first[0], theirs: first[1] },
    async () => {
      const [mine, theirs] = pairs[loads++]!;
      return { mine, theirs };
    },
    report,
    strictElements,
  );
  return { report, loads };
}

describe('comparePage', () => {
  it('passes a page that loads the same with and without Backstory, in one pair', async () => {
    const { report, loads } = await compare([page('a'), page('a')], []);
    expect(report).toEqual({ problems: [], unstable: [], counts: [] });
    expect(loads).toBe(0);
  });
  it('fails a page that differs the same way every time, and says where', async () => {
    const { report, loads } = await compare(
      [page('Hello Amazon'), page('Hello')],
      [[page('Hello Amazon'), page('Hello')]],
    );
    expect(loads).toBe(1);
    expect(report.problems).toEqual([
      'p.html: innerText differs at 5: with Backstory "Hello Amazon", without "Hello"',
    ]);
  });
  it('passes a page whose difference was its own: a later load with Backstory meets one without', async () => {
    const { report } = await compare(
      [page('ad 1'), page('ad 2')],
      [
        [page('ad 3'), page('ad 4')],
        [page('ad 2'), page('ad 5')],
      ],
    );
    expect(report).toEqual({ problems: [], unstable: [], counts: [] });
  });
  it('lists a page that differs from itself every time as unstable, and one that leaves its address', async () => {
    const changing = await compare(
      [page('t 1'), page('t 2')],
      [
        [page('t 3'), page('t 4')],
        [page('t 5'), page('t 6')],
      ],
    );
    expect(changing.report.unstable).toEqual(['p.html']);
    expect(changing.report.problems).toEqual([]);
    const leaving = await compare(
      [page('a'), page('b', 'http://elsewhere/')],
      [
        [page('c'), page('d', 'http://elsewhere/')],
        [page('e'), page('f', 'http://elsewhere/')],
      ],
    );
    expect(leaving.report.unstable).toEqual(['p.html (left for another address)']);
  });
  it('fails a steady difference in elements in Chromium and only logs it in Firefox', async () => {
    const pairs: [PageState, PageState][] = [[page('a', undefined, 11), page('a', undefined, 10)]];
    const strict = await compare([page('a', undefined, 11), page('a', undefined, 10)], pairs);
    expect(strict.report.problems).toEqual(['p.html: 11 elements with Backstory, 10 without']);
    const lenient = await compare([page('a', undefined, 11), page('a', undefined, 10)], pairs, false);
    expect(lenient.report.problems).toEqual([]);
    expect(lenient.report.counts).toEqual(['p.html: 11 elements with Backstory, 10 without']);
  });
  it('reads a page still at work again before loading it again', async () => {
    const report: SweepReport = { problems: [], unstable: [], counts: [] };
    let reloads = 0;
    await comparePage(
      'p.html',
      { mine: page('Story'), theirs: page('Story\nSponsors') },
      async () => {
        reloads++;
        return { mine: page('x'), theirs: page('y') };
      },
      report,
      true,
      async () => ({ mine: page('Story\nSponsors'), theirs: page('Story\nSponsors') }),
    );
    expect(report).toEqual({ problems: [], unstable: [], counts: [] });
    expect(reloads).toBe(0);
  });
  it('fails a page where Backstory left an element, even when the texts agree', async () => {
    const { report } = await compare([{ ...page('a'), hosts: 1 }, page('a')], []);
    expect(report.problems).toEqual(['p.html: Backstory added an element']);
  });
});
