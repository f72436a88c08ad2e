import { describe, expect, it } from 'vitest';
import { actedByOf, isoDateOf, toWorkerActions } from './actions';

const record = {
  id: 90,
  date: '2018/06/21',
  sources: ['https://example.org/a', 'not a url'],
  actions: ['open letter'],
  struggles: ['ethics'],
  companies: ['amazon', 'palantir', 'didi'],
  workers: 100,
  tags: ['law_enforcement'],
};

describe('toWorkerActions', () => {
  it('maps company slugs, keeps only http sources, and converts the date', () => {
    const [action] = toWorkerActions(
      [record],
      (slug) => (slug === 'didi' ? [] : [slug]),
      (id) => (id === 90 ? 'A summary.' : undefined),
    );
    expect(action).toEqual({
      id: 'cat:90',
      companyIds: ['amazon', 'palantir'],
      date: '2018-06-21',
      kinds: ['open letter'],
      struggles: ['ethics'],
      workers: 100,
      tags: ['law_enforcement'],
      actedBy: 'workers',
      summary: 'A summary.',
      sources: ['https://example.org/a'],
    });
  });
  it('keeps records with no known company, and cites the dataset when no link is usable', () => {
    const [action] = toWorkerActions(
      [{ ...record, sources: ['www-proxy.example/x'] }],
      () => [],
      () => undefined,
    );
    expect(action).toMatchObject({ companyIds: [], sources: ['https://github.com/collective-action/tech'] });
  });
  it('rejects unreadable dates loudly', () => {
    expect(isoDateOf('2018-06-21')).toBe('2018-06-21');
    expect(() => isoDateOf('June 2018')).toThrow(/unreadable date/);
  });

  it("tells students and other companies' workers from the company's own", () => {
    expect(actedByOf(['students', 'ice'])).toBe('students');
    expect(actedByOf(['industry solidarity'])).toBe('others');
    expect(actedByOf(['industry_solidarity'])).toBe('others');
    expect(actedByOf(['ice'])).toBe('workers');
  });
});
