// @vitest-environment jsdom
import '../tests/support/english-browser';
import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { CompanySearch } from './CompanySearch';

const companies = [
  { id: 'palantir', name: 'Palantir' },
  { id: 'amazon', name: 'Amazon' },
];
const agencies = [
  {
    id: 'ca-oakland-police-department',
    name: 'Oakland Police Department',
    city: 'Oakland',
    county: 'Alameda County',
    state: 'CA',
    kind: 'Police',
  },
  {
    id: 'ca-alameda-county-sheriffs-office',
    name: "Alameda County Sheriff's Office",
    city: 'Oakland',
    county: 'Alameda County',
    state: 'CA',
    kind: 'Sheriff',
  },
  {
    id: 'ma-greenfield-police-department',
    name: 'Greenfield Police Department',
    city: 'Greenfield',
    county: 'Franklin County',
    state: 'MA',
    kind: 'Police',
  },
  {
    id: 'in-greenfield-police-department',
    name: 'Greenfield Police Department',
    city: 'Greenfield',
    county: 'Hancock County',
    state: 'IN',
    kind: 'Police',
  },
];
const none = () => {};

function type(input: HTMLInputElement, text: string) {
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

describe('CompanySearch', () => {
  it('lists the companies a query finds and opens the one clicked', async () => {
    const opened: string[] = [];
    const root = document.createElement('div');
    render(
      <CompanySearch
        companies={companies}
        agencies={agencies}
        onOpen={(id) => opened.push(id)}
        onOpenPlace={none}
      />,
      root,
    );
    type(root.querySelector('input')!, 'pala');
    await vi.waitFor(() => expect(root.querySelectorAll('[data-company]')).toHaveLength(1));
    (root.querySelector('[data-company="palantir"]') as HTMLButtonElement).click();
    expect(opened).toEqual(['palantir']);
  });

  it('says so when nothing matches', async () => {
    const root = document.createElement('div');
    render(
      <CompanySearch companies={companies} agencies={agencies} onOpen={none} onOpenPlace={none} />,
      root,
    );
    type(root.querySelector('input')!, 'zzzz');
    await vi.waitFor(() => expect(root.querySelector('[data-company]')).toBeNull());
    expect(root.textContent).toContain('No company');
  });
});

it('finds police agencies by place and opens one, or all of them', async () => {
  const opened: string[][] = [];
  const root = document.createElement('div');
  render(
    <CompanySearch
      companies={companies}
      agencies={agencies}
      onOpen={none}
      onOpenPlace={(ids) => opened.push(ids)}
    />,
    root,
  );
  type(root.querySelector('input')!, 'Oakland');
  await vi.waitFor(() => expect(root.querySelectorAll('[data-agency]')).toHaveLength(2));
  (root.querySelector('[data-agency="ca-oakland-police-department"]') as HTMLButtonElement).click();
  (root.querySelector('[data-place="all"]') as HTMLButtonElement).click();
  expect(opened).toEqual([
    ['ca-oakland-police-department'],
    ['ca-oakland-police-department', 'ca-alameda-county-sheriffs-office'],
  ]);
  type(root.querySelector('input')!, 'Greenfield Police');
  await vi.waitFor(() => expect(root.querySelectorAll('[data-agency]')).toHaveLength(2));
  type(root.querySelector('input')!, 'greenfield ma');
  await vi.waitFor(() => expect(root.querySelectorAll('[data-agency]')).toHaveLength(1));
});
