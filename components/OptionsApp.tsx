// The options page: what Backstory marks and how, where it stays off, the user's reports
// (export, import, submit publicly) and what the bundled dataset holds and owes, one
// component a section.
import { i18n } from '#i18n';
import { useEffect, useState } from 'preact/hooks';
import type { LoadedDataset } from '../lib/messages';
import type { Report } from '../lib/reports/report';
import type { Settings } from '../lib/settings/settings';
import { DatasetSection } from './DatasetSection';
import type { OptionsApi } from './options-api';
import { MarkingSection } from './MarkingSection';
import { ReportsSection } from './ReportsSection';
import { SitesSection } from './SitesSection';
import { UpdatesSection } from './UpdatesSection';

export function OptionsApp({ api }: { api: OptionsApi }) {
  const [settings, setSettings] = useState<Settings | undefined>();
  const [info, setInfo] = useState<LoadedDataset | null | undefined>();
  const [reports, setReports] = useState<Report[]>([]);
  const [status, setStatus] = useState('');

  const reloadReports = () => api.listReports().then(setReports, (e: unknown) => setStatus(String(e)));
  useEffect(() => {
    void api.settings().then(setSettings);
    api.datasetInfo().then(setInfo, () => setInfo(null));
    void reloadReports();
  }, [api]);

  if (!settings) return <p class="muted">{i18n.t('loading')}</p>;
  const save = (next: Settings) => {
    setSettings(next);
    api.saveSettings(next).then(
      () => setStatus(i18n.t('saved')),
      (e: unknown) => setStatus(i18n.t('notSaved', [String(e)])),
    );
  };

  return (
    <main class="options">
      <h1>{i18n.t('optionsTitle')}</h1>
      <p class="status" role="status">
        {status}
      </p>
      <MarkingSection settings={settings} save={save} />
      <SitesSection settings={settings} save={save} setStatus={setStatus} />
      <ReportsSection
        api={api}
        settings={settings}
        save={save}
        reports={reports}
        reloadReports={reloadReports}
      />
      <UpdatesSection
        api={api}
        onDatasetChange={() => api.datasetInfo().then(setInfo, () => setInfo(null))}
      />
      <DatasetSection info={info} />
    </main>
  );
}

export type { OptionsApi };
