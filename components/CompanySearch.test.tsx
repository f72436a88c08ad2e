// @vitest-environment jsdom
import '../tests/support/english-browser';
import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { CompanySearch } from './CompanySearch';

const companies = [
  { id: 'palantir', name: 'Palantir' },
  { id: 'amazon', name: 'Amazon' },
];

function type(input: HTMLInputElement, text: string) {
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

describe('CompanySearch', () => {
  it('lists the companies a query finds and opens the one clicked', async () => {
    const opened: string[] = [];
    const root = document.createElement('div');
    render(<CompanySearch companies={companies} onOpen={(id) => opened.push(id)} />, root);
    type(root.querySelector('input')!, 'pala');
    await vi.waitFor(() => expect(root.querySelectorAll('[data-company]')).toHaveLength(1));
    (root.querySelector('[data-company="palantir"]') as HTMLButtonElement).click();
    expect(opened).toEqual(['palantir']);
  });

  it('says so when nothing matches', async () => {
    const root = document.createElement('div');
    render(<CompanySearch companies={companies} onOpen={() => {}} />, root);
    type(root.querySelector('input')!, 'zzzz');
    await vi.waitFor(() => expect(root.querySelector('[data-company]')).toBeNull());
    expect(root.textContent).toContain('No company');
  });
});
