import { useEffect, useState } from 'preact/hooks';
import type { CompanyDetails as Details, PageMentions } from '../lib/messages';
import { CompanyDetails } from './CompanyDetails';
import { CompanyList } from './CompanyList';
import type { PopupApi } from './popup-api';
import { ReportForm } from './ReportForm';

type View = { kind: 'list' } | { kind: 'company'; id: string } | { kind: 'report'; companyId: string };

export function PopupApp({
  api,
  initialCompany,
  today,
}: {
  api: PopupApi;
  initialCompany?: string;
  today: string;
}) {
  const [view, setView] = useState<View>(
    initialCompany ? { kind: 'company', id: initialCompany } : { kind: 'list' },
  );
  const [mentions, setMentions] = useState<PageMentions | undefined | null>(null);
  const [details, setDetails] = useState<Details | undefined>();
  const [companies, setCompanies] = useState<{ id: string; name: string }[]>([]);
  const [failure, setFailure] = useState('');
  const fail = (error: unknown) => setFailure(error instanceof Error ? error.message : String(error));

  useEffect(() => {
    api.pageMentions().then(setMentions, () => setMentions(undefined));
    api.listCompanies().then(setCompanies, fail);
  }, [api]);

  const companyId = view.kind === 'company' ? view.id : undefined;
  const [reloads, setReloads] = useState(0);
  useEffect(() => {
    if (!companyId) return;
    setDetails(undefined);
    api.companyDetails(companyId).then(setDetails, fail);
  }, [api, companyId, reloads]);

  return (
    <main>
      <header class="top">
        {view.kind !== 'list' && (
          <button
            type="button"
            class="back"
            onClick={() => setView({ kind: 'list' })}
            aria-label="Back to this page's companies"
          >
            ←
          </button>
        )}
        <h1>Backstory</h1>
      </header>
      {failure && (
        <p class="field-error" role="alert">
          {failure}
        </p>
      )}
      {view.kind === 'list' && (
        <section aria-label="On this page">
          <h2 class="section-title">On this page</h2>
          <CompanyList
            mentions={mentions}
            names={new Map(companies.map((c) => [c.id, c.name]))}
            onOpen={(id) => setView({ kind: 'company', id })}
          />
        </section>
      )}
      {view.kind === 'company' &&
        (details && details.company.id === view.id ? (
          <CompanyDetails
            details={details}
            onReport={() => setView({ kind: 'report', companyId: view.id })}
          />
        ) : (
          <p class="muted">Loading…</p>
        ))}
      {view.kind === 'report' && (
        <ReportForm
          api={api}
          companies={companies}
          initial={{ companyId: view.companyId }}
          today={today}
          onCancel={() => setView({ kind: 'company', id: view.companyId })}
          onSaved={(report) => {
            setReloads((n) => n + 1);
            setView({ kind: 'company', id: report.companyId });
          }}
        />
      )}
    </main>
  );
}
