// The user's reports: export, import (refused whole with its reason, never overwriting),
// delete, submit publicly, and the public tracker's address.
import { i18n } from '#i18n';
import { useState } from 'preact/hooks';
import { publicIssueUrl } from '../lib/reports/public-issue';
import type { Report } from '../lib/reports/report';
import { reportFileSizeError } from '../lib/reports/report-file';
import { trackerUrlError, type Settings } from '../lib/settings/settings';
import { formatDate } from './format';
import { importedText, importErrorText } from './labels';
import type { OptionsApi } from './options-api';

export function ReportsSection({
  api,
  settings,
  save,
  reports,
  reloadReports,
}: {
  api: OptionsApi;
  settings: Settings;
  save: (next: Settings) => void;
  reports: Report[];
  reloadReports: () => Promise<void>;
}) {
  const [tracker, setTracker] = useState(settings.trackerUrl);
  const [trackerError, setTrackerError] = useState<ReturnType<typeof trackerUrlError>>();
  const [importMessage, setImportMessage] = useState<{ ok: boolean; text: string } | undefined>();

  const importFile = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    // The size is known before the file is read: a huge file is refused without reading it.
    const tooLarge = reportFileSizeError(file.size);
    const result = tooLarge
      ? { ok: false as const, error: tooLarge }
      : await api.importReports(await file.text()).catch((e: unknown) => ({
          ok: false as const,
          error: { code: 'importNotJson' as const, detail: String(e) },
        }));
    setImportMessage(
      result.ok
        ? { ok: true, text: importedText(result.imported, result.skipped) }
        : { ok: false, text: `${i18n.t('nothingImported')} ${importErrorText(result.error)}` },
    );
    void reloadReports();
  };

  return (
    <section aria-labelledby="reports">
      <h2 id="reports">{i18n.t('yourReports')}</h2>
      <p class="muted small">{i18n.t('reportsExplained')}</p>
      <div class="buttons">
        <button
          type="button"
          disabled={reports.length === 0}
          onClick={() => api.download('backstory-reports.json', api.exportFile(reports))}
        >
          {i18n.t('exportReports', reports.length)}
        </button>
        <label class="file-button">
          {i18n.t('importReports')}
          <input
            type="file"
            accept="application/json,.json"
            name="import"
            onChange={(e) => void importFile(e)}
          />
        </label>
      </div>
      {importMessage && (
        <p
          class={importMessage.ok ? 'ok' : 'field-error'}
          role="alert"
          data-import={importMessage.ok ? 'ok' : 'error'}
        >
          {importMessage.text}
        </p>
      )}
      <ul class="items">
        {reports.map((r) => (
          <li key={r.id} data-report={r.id}>
            <div class="line">
              <strong>{r.companyName || r.companyId}</strong> <span class="muted">{formatDate(r.date)}</span>{' '}
              <span class="badge">{i18n.t('unverified')}</span>
            </div>
            <div class="what">{r.description}</div>
            <div class="line small">
              <a href={r.sourceUrl} target="_blank" rel="noreferrer">
                {i18n.t('source')}
              </a>
              <a href={publicIssueUrl(settings.trackerUrl, r)} target="_blank" rel="noreferrer">
                {i18n.t('submitPublicly')}
              </a>
              <button
                type="button"
                class="link-button"
                onClick={() => void api.deleteReport(r.id).then(reloadReports)}
              >
                {i18n.t('delete')}
              </button>
            </div>
          </li>
        ))}
      </ul>
      <label for="tracker">{i18n.t('trackerLabel')}</label>
      <div class="inline">
        <input
          id="tracker"
          type="url"
          value={tracker}
          aria-invalid={trackerError ? true : undefined}
          aria-describedby={trackerError ? 'tracker-error' : undefined}
          onInput={(e) => {
            setTracker((e.currentTarget as HTMLInputElement).value);
            setTrackerError(undefined);
          }}
        />
        <button
          type="button"
          onClick={() => {
            const error = trackerUrlError(tracker.trim());
            if (error) setTrackerError(error);
            else save({ ...settings, trackerUrl: tracker.trim() });
          }}
        >
          {i18n.t('save')}
        </button>
      </div>
      {trackerError && (
        <p class="field-error" id="tracker-error" role="alert">
          {i18n.t(trackerError)}
        </p>
      )}
      <p class="muted small">{i18n.t('trackerExplained')}</p>
    </section>
  );
}
