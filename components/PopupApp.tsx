import { i18n } from '#i18n';
import { useEffect, useState } from 'preact/hooks';
import type { PageMentions, PoliceAgency } from '../lib/messages';
import type { ReportInput } from '../lib/reports/report';
import { DEFAULT_SETTINGS, toggleSite, type Settings } from '../lib/settings/settings';
import { CompanyView } from './CompanyView';
import { PageView } from './PageView';
import { PlaceView } from './PlaceView';
import type { PopupApi } from './popup-api';
import { ReportForm } from './ReportForm';

type View =
  | { kind: 'list' }
  | { kind: 'company'; id: string; back?: View }
  | { kind: 'place'; agencyIds: string[] }
  | { kind: 'report'; initial: Partial<ReportInput>; back: View };

/** The toolbar popup: its header, and one view at a time (the page, a company, the report form). */
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
  const [companies, setCompanies] = useState<{ id: string; name: string }[]>([]);
  const [agencies, setAgencies] = useState<PoliceAgency[] | undefined>();
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [draft, setDraft] = useState<Partial<ReportInput> | undefined>();
  const [reloads, setReloads] = useState(0);
  const [failure, setFailure] = useState('');
  const fail = (error: unknown) => setFailure(error instanceof Error ? error.message : String(error));
  const askMentions = () => api.pageMentions().then(setMentions, () => setMentions(undefined));

  useEffect(() => {
    void askMentions();
    api.listCompanies().then(setCompanies, fail);
    api.settings().then(setSettings, fail);
    api.loadDraft().then((saved) => {
      setDraft(saved);
      if (initialView === 'report') setView({ kind: 'report', initial: saved ?? {}, back: { kind: 'list' } });
    }, fail);
  }, [api]);

  const needAgencies = () => {
    if (agencies) return;
    setAgencies([]);
    api.listAgencies().then(setAgencies, fail);
  };
  const openReport = (initial: Partial<ReportInput>) =>
    api.loadDraft().then((saved) => setView({ kind: 'report', initial: saved ?? initial, back: view }), fail);
  const toggleThisSite = async (site: string) => {
    const next = toggleSite(settings, site);
    setSettings(next);
    await api.saveSettings(next).catch(fail);
    setMentions(null);
    // The page's content script applies the change at once; ask it again for the new state.
    setTimeout(() => void askMentions(), 300);
  };

  return (
    <main>
      <header class="top">
        {view.kind !== 'list' && (
          <button
            type="button"
            class="back"
            onClick={() =>
              setView(
                view.kind === 'report'
                  ? view.back
                  : view.kind === 'company' && view.back
                    ? view.back
                    : { kind: 'list' },
              )
            }
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
        <PageView
          mentions={mentions}
          companies={companies}
          agencies={agencies ?? []}
          enabled={settings.enabled}
          hasDraft={draft !== undefined}
          onOpen={(id) => setView({ kind: 'company', id })}
          onOpenPlace={(agencyIds) => setView({ kind: 'place', agencyIds })}
          onNeedAgencies={needAgencies}
          onToggleSite={(site) => void toggleThisSite(site)}
          onReport={() => void openReport({})}
        />
      )}
      {view.kind === 'company' && (
        <CompanyView
          api={api}
          companyId={view.id}
          reloads={reloads}
          onReport={() => void openReport({ companyId: view.id })}
          onError={fail}
        />
      )}
      {view.kind === 'place' && (
        <PlaceView
          api={api}
          agencyIds={view.agencyIds}
          onOpenCompany={(id) => setView({ kind: 'company', id, back: view })}
          onError={fail}
        />
      )}
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
