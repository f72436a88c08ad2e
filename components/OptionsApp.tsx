// The options page: what Backstory marks and how, where it stays off, the user's reports
// (export, import, submit publicly) and what the bundled dataset holds and owes.
import { i18n } from '#i18n';
import { useEffect, useState } from 'preact/hooks';
import { CATEGORIES } from '../lib/dataset/categories';
import type { LoadedDataset, ResponseMap } from '../lib/messages';
import { publicIssueUrl } from '../lib/reports/public-issue';
import type { Report } from '../lib/reports/report';
import { reportFileSizeError } from '../lib/reports/report-file';
import {
  DEFAULT_SETTINGS,
  HIGHLIGHT_STYLES,
  HOVER_DELAY_MAX_MS,
  HOVER_DELAY_MIN_MS,
  siteOf,
  trackerUrlError,
  type HighlightStyle,
  type Settings,
} from '../lib/settings/settings';
import { formatDate } from './format';
import { categoryLabel, importedText, importErrorText } from './labels';

export interface OptionsApi {
  settings(): Promise<Settings>;
  saveSettings(settings: Settings): Promise<void>;
  datasetInfo(): Promise<LoadedDataset | null>;
  listReports(): Promise<Report[]>;
  importReports(text: string): Promise<ResponseMap['importReports']>;
  deleteReport(id: string): Promise<void>;
  /** Offers `text` to the user as a file to save. */
  download(fileName: string, text: string): void;
  exportFile(reports: Report[]): string;
}

const styleLabel = (style: HighlightStyle): string =>
  style === 'underline'
    ? i18n.t('styleUnderline')
    : style === 'background'
      ? i18n.t('styleBackground')
      : i18n.t('styleNone');

export function OptionsApp({ api }: { api: OptionsApi }) {
  const [settings, setSettings] = useState<Settings | undefined>();
  const [info, setInfo] = useState<LoadedDataset | null | undefined>();
  const [reports, setReports] = useState<Report[]>([]);
  const [newSite, setNewSite] = useState('');
  const [tracker, setTracker] = useState('');
  const [trackerError, setTrackerError] = useState<ReturnType<typeof trackerUrlError>>();
  const [importMessage, setImportMessage] = useState<{ ok: boolean; text: string } | undefined>();
  const [status, setStatus] = useState('');

  const reloadReports = () => api.listReports().then(setReports, (e: unknown) => setStatus(String(e)));
  useEffect(() => {
    api.settings().then((s) => {
      setSettings(s);
      setTracker(s.trackerUrl);
    });
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
    <main class="options">
      <h1>{i18n.t('optionsTitle')}</h1>
      <p class="status" role="status">
        {status}
      </p>

      <section aria-labelledby="general">
        <h2 id="general">{i18n.t('marking')}</h2>
        <label class="check">
          <input
            type="checkbox"
            name="enabled"
            checked={settings.enabled}
            onChange={(e) => save({ ...settings, enabled: (e.currentTarget as HTMLInputElement).checked })}
          />
          {i18n.t('markPages')}
        </label>
        <fieldset>
          <legend>{i18n.t('markCompaniesWith')}</legend>
          {CATEGORIES.map((category) => (
            <label class="check" key={category}>
              <input
                type="checkbox"
                name={`category-${category}`}
                checked={settings.categories[category]}
                onChange={(e) =>
                  save({
                    ...settings,
                    categories: {
                      ...settings.categories,
                      [category]: (e.currentTarget as HTMLInputElement).checked,
                    },
                  })
                }
              />
              {categoryLabel(category)}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{i18n.t('howMarked')}</legend>
          {HIGHLIGHT_STYLES.map((style) => (
            <label class="check" key={style}>
              <input
                type="radio"
                name="highlightStyle"
                value={style}
                checked={settings.highlightStyle === style}
                onChange={() => save({ ...settings, highlightStyle: style })}
              />
              {styleLabel(style)}
            </label>
          ))}
        </fieldset>
        <label for="hover-delay">{i18n.t('hoverDelay')}</label>{' '}
        <input
          id="hover-delay"
          type="number"
          min={HOVER_DELAY_MIN_MS}
          max={HOVER_DELAY_MAX_MS}
          step={50}
          value={settings.hoverDelayMs}
          onChange={(e) =>
            save({ ...settings, hoverDelayMs: Number((e.currentTarget as HTMLInputElement).value) })
          }
        />{' '}
        ms{' '}
        <span class="muted small">
          {i18n.t('hoverDelayRange', [HOVER_DELAY_MIN_MS, HOVER_DELAY_MAX_MS, DEFAULT_SETTINGS.hoverDelayMs])}
        </span>
      </section>

      <section aria-labelledby="sites">
        <h2 id="sites">{i18n.t('sitesOff')}</h2>
        {settings.disabledSites.length === 0 ? (
          <p class="muted">{i18n.t('noSitesOff')}</p>
        ) : (
          <ul class="sites">
            {settings.disabledSites.map((site) => (
              <li key={site}>
                {site}{' '}
                <button
                  type="button"
                  aria-label={i18n.t('siteBackOn', [site])}
                  onClick={() =>
                    save({ ...settings, disabledSites: settings.disabledSites.filter((s) => s !== site) })
                  }
                >
                  Remove
                </button>
              </li>
            ))}
          </ul>
        )}
        <form
          class="inline"
          onSubmit={(e) => {
            e.preventDefault();
            const site = siteOf(newSite.replace(/^https?:\/\//, '').split('/')[0] ?? '');
            if (!site || !site.includes('.')) {
              setStatus(i18n.t('enterSite'));
              return;
            }
            save({ ...settings, disabledSites: [...new Set([...settings.disabledSites, site])].sort() });
            setNewSite('');
          }}
        >
          <input
            aria-label={i18n.t('siteToTurnOff')}
            placeholder="example.com"
            value={newSite}
            onInput={(e) => setNewSite((e.currentTarget as HTMLInputElement).value)}
          />
          <button type="submit">{i18n.t('add')}</button>
        </form>
      </section>

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
                <strong>{r.companyName || r.companyId}</strong>{' '}
                <span class="muted">{formatDate(r.date)}</span>{' '}
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

      <section aria-labelledby="dataset">
        <h2 id="dataset">{i18n.t('theDataset')}</h2>
        {info === undefined ? (
          <p class="muted">{i18n.t('loading')}</p>
        ) : info === null ? (
          <p class="field-error">{i18n.t('datasetNotLoaded')}</p>
        ) : (
          <DatasetFacts info={info} />
        )}
      </section>
    </main>
  );
}

function DatasetFacts({ info }: { info: LoadedDataset }) {
  const { counts } = info;
  return (
    <>
      <dl class="facts-table" data-dataset-version={info.meta.version}>
        <dt>{i18n.t('version')}</dt>
        <dd>{info.meta.version}</dd>
        <dt>{i18n.t('loaded')}</dt>
        <dd>{formatDate(info.loadedAt.slice(0, 10))}</dd>
        {info.dateRange && (
          <>
            <dt>{i18n.t('covers')}</dt>
            <dd>
              {formatDate(info.dateRange.from)} – {formatDate(info.dateRange.to)}
            </dd>
          </>
        )}
        <dt>{i18n.t('companies')}</dt>
        <dd>{counts.companies.toLocaleString('en-US')}</dd>
        <dt>{i18n.t('iceCbpAwards')}</dt>
        <dd>{counts.awards.toLocaleString('en-US')}</dd>
        <dt>{i18n.t('pentagonContractors')}</dt>
        <dd>{counts.dodContractors}</dd>
        <dt>{i18n.t('reportedContracts')}</dt>
        <dd>{counts.reportedContracts}</dd>
        <dt>{i18n.t('workerActionsTitle')}</dt>
        <dd>{counts.actions}</dd>
      </dl>
      <h3>{i18n.t('credits')}</h3>
      <ul class="credits">
        {info.meta.credits.map((c) => (
          <li key={c.url}>
            <a href={c.url} target="_blank" rel="noreferrer">
              {c.name}
            </a>{' '}
            <span class="muted small">({c.licence})</span>
          </li>
        ))}
      </ul>
      <h3>{i18n.t('caveats')}</h3>
      <ul class="muted small">
        {info.meta.caveats.map((c) => (
          <li key={c}>{c}</li>
        ))}
      </ul>
    </>
  );
}
