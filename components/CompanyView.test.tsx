// @vitest-environment jsdom
import '../tests/support/english-browser';
import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { FIRST_POLICE_QUERY, policeSummary, type PoliceListQuery } from '../lib/dataset/police-summary';
import { policeRecord } from '../tests/support/police-record';
import type { CompanyDetails } from '../lib/messages';
import { CompanyView } from './CompanyView';
import type { PopupApi } from './popup-api';

const record = policeRecord({
  id: 'aos:1',
  agencyId: 'ca-oakland-police-department',
  companyIds: ['axon-enterprise'],
  vendor: 'Axon',
  technology: 'Body-worn Cameras',
  date: '2018-10-22',
  sources: ['https://example.org/oakland'],
});
const details: CompanyDetails = {
  company: { id: 'axon-enterprise', name: 'Axon Enterprise' },
  awards: [],
  dodContractors: [],
  reportedContracts: [],
  actions: [],
  reports: [],
  caveats: [],
  police: policeSummary([record]),
  parent: null,
  units: [],
  owners: [],
};

describe('CompanyView', () => {
  it('asks for the police list with the details, before they arrive, and once, reloads included', async () => {
    let answerDetails: (value: CompanyDetails) => void = () => {};
    let detailsAsked = 0;
    const asked: PoliceListQuery[] = [];
    const api = {
      companyDetails: () => {
        detailsAsked++;
        return new Promise<CompanyDetails>((resolve) => (answerDetails = resolve));
      },
      policeList: async (_companyId: string, query: PoliceListQuery) => {
        asked.push(query);
        return {
          total: 1,
          rows: [{ record, agency: undefined }],
          common: null,
        };
      },
    } as unknown as PopupApi;
    const root = document.createElement('div');
    document.body.append(root);
    const view = (reloads: number) =>
      render(
        <CompanyView
          api={api}
          companyId="axon-enterprise"
          reloads={reloads}
          onReport={() => {}}
          onError={() => {}}
        />,
        root,
      );
    view(0);
    await vi.waitFor(() => expect(asked).toEqual([FIRST_POLICE_QUERY]));
    expect(root.querySelector('article.details')).toBeNull();
    answerDetails(details);
    await vi.waitFor(() => expect(root.querySelectorAll('li.police')).toHaveLength(1));
    // The section took the rows already asked for instead of asking again.
    expect(asked).toHaveLength(1);
    // A saved report reloads the details, which hold it; the police list stays as it was.
    view(1);
    await vi.waitFor(() => expect(detailsAsked).toBe(2));
    answerDetails(details);
    await vi.waitFor(() => expect(root.querySelectorAll('li.police')).toHaveLength(1));
    expect(asked).toHaveLength(1);
    render(null, root);
    root.remove();
  });
});
