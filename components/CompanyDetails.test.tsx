// @vitest-environment jsdom
import '../tests/support/english-browser';
import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import type { CompanyDetails as Details } from '../lib/messages';
import type { WorkerAction } from '../lib/dataset/schema';
import { CompanyDetails } from './CompanyDetails';

const action = (day: number): WorkerAction => ({
  id: `a${day}`,
  companyIds: ['acme'],
  date: `2024-01-${String(day).padStart(2, '0')}`,
  kinds: ['Strike'],
  struggles: ['pay'],
  workers: null,
  tags: [],
  summary: '',
  sources: [`https://example.org/${day}`],
});

function details(actions: WorkerAction[]): Details {
  return {
    company: { id: 'acme', name: 'Acme' },
    awards: [],
    dodContractors: [],
    reportedContracts: [],
    actions,
    reports: [],
    caveats: [],
    police: null,
    parent: null,
    units: [],
    owners: [],
  };
}

function show(actions: WorkerAction[]) {
  const root = document.createElement('div');
  document.body.append(root);
  render(
    <CompanyDetails
      details={details(actions)}
      policeList={async () => ({ total: 0, rows: [], common: null })}
      onReport={() => {}}
      onError={() => {}}
    />,
    root,
  );
  return root;
}

describe('CompanyDetails', () => {
  it('starts a long timeline with its newest 25 actions and shows the rest on one click', async () => {
    const actions = Array.from({ length: 30 }, (_, i) => action(30 - i));
    const root = show(actions);
    const ids = () => [...root.querySelectorAll('li.action')].map((li) => li.getAttribute('data-action'));
    expect(ids()).toEqual(actions.slice(0, 25).map((a) => a.id));
    const more = root.querySelector<HTMLButtonElement>('button[data-more="actions"]')!;
    expect(more.textContent).toBe('Show all 30 worker actions');
    more.click();
    await vi.waitFor(() => expect(ids()).toHaveLength(30));
    expect(root.querySelector('button[data-more="actions"]')).toBeNull();
  });

  it('lists a short timeline whole, with no button', () => {
    const root = show([action(2), action(1)]);
    expect(root.querySelectorAll('li.action')).toHaveLength(2);
    expect(root.querySelector('button[data-more="actions"]')).toBeNull();
  });
});
