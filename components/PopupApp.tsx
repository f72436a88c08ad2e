import { i18n } from '#i18n';
import { useEffect, useState } from 'preact/hooks';
import type { CompanyDetails as Details, PageMentions } from '../lib/messages';
import type { ReportInput } from '../lib/reports/report';
import { DEFAULT_SETTINGS, toggleSite, type Settings } from '../lib/settings/settings';
import { CompanyDetails } from './CompanyDetails';
import { CompanyList } from './CompanyList';
import { searchCompanies } from './company-lookup';
import type { PopupApi } from './popup-api';
import { ReportForm } from './ReportForm';

type View =
  | { kind: 'list' }
  | { kind: 'company'; id: string }
  | { kind: 'report'; initial: Partial<ReportInput>; back: View };

export function PopupApp({
  api,
  initialCompany,
  initialView,
  today,
}: {
  api: PopupApi;
  initialCompany?: string;
  initialView?: 'report';
  today: string;
}) {
  const [view, setView] = useState<View>(
    initialCompany ? { kind: 'company', id: initialCompany } : { kind: 'list' },
  );
  const [mentions, setMentions] = useState<PageMentions | undefined | null>(null);
  const [details, setDetails] = useState<Details | undefined>();
  const [companies, setCompanies] = useState<{ id: string; name: string }[]>([]);
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [draft, setDraft] = useState<Partial<ReportInput> | undefined>();
  const [query, setQuery] = useState('');
  const [failure, setFailure] = useState('');
  const fail = (error: unknown) => setFailure(error instanceof Error ? error.message : String(error));

  useEffect(() => {
    api.pageMentions().then(setMentions, () => setMentions(undefined));
    api.listCompanies().then(setCompanies, fail);
    api.settings().then(setSettings, fail);
    api.loadDraft().then((saved) => {
      setDraft(saved);
      if (initialView === 'report') setView({ kind: 'report', initial: saved ?? {}, back: { kind: 'list' } });
    }, fail);
  }, [api]);

  const companyId = view.kind === 'company' ? view.id : undefined;
  const [reloads, setReloads] = useState(0);
  useEffect(() => {
    if (!companyId) return;
    setDetails(undefined);
    api.companyDetails(companyId).then(setDetails, fail);
  }, [api, companyId, reloads]);
  useEffect(() => {
    if (details && details.company.id === companyId) performance.mark('backstory:details-shown');
  }, [details, companyId]);

  const names = new Map(companies.map((c) => [c.id, c.name]));
  const results = searchCompanies(companies, query, 30);
  const openReport = (initial: Partial<ReportInput>) =>
    api.loadDraft().then((saved) => setView({ kind: 'report', initial: saved ?? initial, back: view }), fail);
  const toggleThisSite = async (site: string) => {
    const next = toggleSite(settings, site);
    setSettings(next);
    await api.saveSettings(next).catch(fail);
    setMentions(null);
    // The page's content script applies the change at once; ask it again for the new state.
    setTimeout(() => api.pageMentions().then(setMentions, () => setMentions(undefined)), 300);
  };

  return (
    <main>
      <header class="top">
        {view.kind !== 'list' && (
          <button
            type="button"
            class="back"
            onClick={() => setView(view.kind === 'report' ? view.back : { kind: 'list' })}
            aria-label={i18n.t('back')}
          >
            ←
          </button>
        )}
        <h1>Backstory</h1>
        <span class="spacer" />
        <button type="button" class="link-button small" onClick={() => void api.openOptions().catch(fail)}>
          {i18n.t('options')}
        </button>
      </header>
      {failure && (
        <p class="field-error" role="alert">
          {failure}
        </p>
      )}
      {view.kind === 'list' && (
        <>
          {/* Once the company's name is known: an id is no name to show. */}
          {mentions?.ownSiteCompanyId && names.has(mentions.ownSiteCompanyId) && (
            <p class="notice" data-notice="own-site">
              {i18n.t('ownSiteNotice', [names.get(mentions.ownSiteCompanyId)!])}{' '}
              <button
                type="button"
                class="link-button"
                onClick={() => setView({ kind: 'company', id: mentions.ownSiteCompanyId! })}
              >
                {i18n.t('seeBackstory')}
              </button>
            </p>
          )}
          {mentions && mentions.site && (
            <div class="site-switch small">
              <span class="muted" data-site-state={mentions.active ? 'on' : 'off'}>
                {mentions.active
                  ? i18n.t('markingOn', [mentions.site])
                  : settings.enabled
                    ? i18n.t('offOn', [mentions.site])
                    : i18n.t('switchedOff')}
              </span>
              {settings.enabled && (
                <button type="button" class="link-button" onClick={() => void toggleThisSite(mentions.site)}>
                  {mentions.active ? i18n.t('turnOffSite') : i18n.t('turnOnSite')}
                </button>
              )}
            </div>
          )}
          <section aria-label={i18n.t('onThisPage')}>
            <h2 class="section-title">{i18n.t('onThisPage')}</h2>
            <CompanyList
              mentions={mentions}
              names={names}
              onOpen={(id) => setView({ kind: 'company', id })}
            />
          </section>
          <section aria-label={i18n.t('searchAll')} class="search">
            <input
              type="search"
              placeholder={i18n.t('searchPlaceholder', [companies.length.toLocaleString()])}
              aria-label={i18n.t('searchAll')}
              value={query}
              onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)}
            />
            {results.length > 0 && (
              <ul class="company-list" aria-label={i18n.t('searchResults')}>
                {results.map((c) => (
                  <li key={c.id}>
                    <button
                      type="button"
                      class="company-row"
                      data-company={c.id}
                      onClick={() => setView({ kind: 'company', id: c.id })}
                    >
                      <span class="name">{c.name}</span>
                    </button>
                  </li>
                ))}
              </ul>
            )}
            {query.trim() && results.length === 0 && <p class="muted">{i18n.t('noSearchResult')}</p>}
          </section>
          <div class="buttons">
            <button type="button" class="primary" onClick={() => void openReport({})}>
              {draft ? i18n.t('continueReport') : i18n.t('reportIncident')}
            </button>
          </div>
        </>
      )}
      {view.kind === 'company' &&
        (details && details.company.id === view.id ? (
          <CompanyDetails details={details} onReport={() => void openReport({ companyId: view.id })} />
        ) : (
          <p class="muted">{i18n.t('loading')}</p>
        ))}
      {view.kind === 'report' && (
        <ReportForm
          api={api}
          companies={companies}
          initial={view.initial}
          today={today}
          trackerUrl={settings.trackerUrl}
          onCancel={() => {
            setDraft(undefined);
            setView(view.back);
          }}
          onSaved={(report) => {
            setDraft(undefined);
            setReloads((n) => n + 1);
            setView(report.companyId ? { kind: 'company', id: report.companyId } : { kind: 'list' });
          }}
        />
      )}
    </main>
  );
}
