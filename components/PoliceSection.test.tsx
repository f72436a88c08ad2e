// @vitest-environment jsdom
import '../tests/support/english-browser';
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  policeListPage,
  policeSummary,
  type PoliceListPage,
  type PoliceListQuery,
  type PoliceRow,
} from '../lib/dataset/police-summary';
import { policeRecord } from '../tests/support/police-record';
import { PoliceSection } from './PoliceSection';

const RING_MAP = 'https://ring.example/map';

/** 45 agencies in California and 5 in Texas, one record each, all citing one map. */
const rows: PoliceRow[] = Array.from({ length: 50 }, (_, i) => {
  const state = i < 45 ? 'ca' : 'tx';
  const agencyId = `${state}-town-${String(i).padStart(2, '0')}-police-department`;
  const record = policeRecord({
    id: `aos:${i}`,
    agencyId,
    companyIds: ['amazon'],
    vendor: 'Ring',
    technology: 'Ring/Neighbors Partnership',
    date: `2019-01-${String((i % 28) + 1).padStart(2, '0')}`,
    sources: [RING_MAP],
  });
  const name = `Town ${String(i).padStart(2, '0')} Police Department`;
  return {
    record,
    agency: { id: agencyId, name, city: `Town ${i}`, county: '', state: state.toUpperCase(), kind: 'Police' },
  };
});
const summary = policeSummary(rows.map((r) => r.record))!;

/** The background's answer to each query, as it would cut it, when the test says so. */
function fakeBackground() {
  const asked: { query: PoliceListQuery; answer: (page?: PoliceListPage) => void }[] = [];
  const load = (query: PoliceListQuery) =>
    new Promise<PoliceListPage>((resolve) =>
      asked.push({ query, answer: (page) => resolve(page ?? policeListPage(rows, query)) }),
    );
  /** Waits for the section's n-th question. */
  const question = async (n: number) => {
    await vi.waitFor(() => expect(asked.length).toBeGreaterThan(n));
    return asked[n]!;
  };
  return { asked, load, question };
}

/** Effects run after a frame; a render, a microtask after its state changes. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

const roots: HTMLElement[] = [];
afterEach(() => {
  // One section at a time: the ids of its controls are the page's.
  for (const root of roots.splice(0)) {
    render(null, root);
    root.remove();
  }
});

function show(load: (query: PoliceListQuery) => Promise<PoliceListPage>, onError = vi.fn()) {
  const root = document.createElement('div');
  document.body.append(root);
  roots.push(root);
  render(<PoliceSection summary={summary} load={load} onError={onError} />, root);
  return root;
}

const listed = (root: Element) =>
  [...root.querySelectorAll('li.police')].map((li) => li.getAttribute('data-police'));

describe('PoliceSection', () => {
  it('shows the first 40 rows the background sends, the one source they share, and the rest on a click', async () => {
    const background = fakeBackground();
    const root = show(background.load);
    expect(root.textContent).toContain('Loading');
    (await background.question(0)).answer();
    await vi.waitFor(() => expect(listed(root)).toHaveLength(40));
    expect(root.querySelector('.shared-source')?.textContent).toContain('50');
    // Said once above the list, not on each row.
    expect(root.querySelectorAll(`li.police a[href="${RING_MAP}"]`)).toHaveLength(0);
    const more = root.querySelector<HTMLButtonElement>('button.more')!;
    expect(more.textContent).toContain('50');
    more.click();
    const all = await background.question(1);
    expect(all.query.limit).toBe(50);
    all.answer();
    await vi.waitFor(() => expect(listed(root)).toHaveLength(50));
    expect(root.querySelector('button.more')).toBeNull();
  });

  it('asks again when a filter or the order changes, and drops an answer the user has moved past', async () => {
    const background = fakeBackground();
    const root = show(background.load);
    (await background.question(0)).answer();
    await vi.waitFor(() => expect(listed(root)).toHaveLength(40));
    const state = root.querySelector<HTMLSelectElement>('#police-state')!;
    state.value = 'TX';
    state.dispatchEvent(new Event('change', { bubbles: true }));
    await background.question(1);
    root.querySelector<HTMLButtonElement>('button.sort[data-sort="date"]')!.click();
    await background.question(2);
    expect(root.querySelector('ul.items')?.getAttribute('aria-busy')).toBe('true');
    expect(background.asked.map((a) => [a.query.state, a.query.sort, a.query.ascending])).toEqual([
      ['', 'agency', true],
      ['TX', 'agency', true],
      ['TX', 'date', false],
    ]);
    // The newer answer comes first; the older one, arriving late, must not replace it.
    background.asked[2]!.answer();
    await vi.waitFor(() => expect(listed(root)).toHaveLength(5));
    expect(root.querySelector('ul.items')?.getAttribute('aria-busy')).toBe('false');
    background.asked[1]!.answer({ total: 0, rows: [], common: null });
    await settle();
    expect(listed(root)).toEqual(['aos:49', 'aos:48', 'aos:47', 'aos:46', 'aos:45']);
    expect(root.querySelector('button.more')).toBeNull();
  });

  it('hands a failed answer to the popup to show', async () => {
    const onError = vi.fn();
    show(() => Promise.reject(new Error('the database is gone')), onError);
    await vi.waitFor(() => expect(onError).toHaveBeenCalledWith(new Error('the database is gone')));
  });
});
