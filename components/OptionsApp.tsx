// The options page: what Backstory marks and how, where it stays off, the user's reports
// (export, import, submit publicly) and what the bundled dataset holds and owes.
import { useEffect, useState } from 'preact/hooks';
import { CATEGORIES, type Category } from '../lib/dataset/categories';
import type { LoadedDataset } from '../lib/db/database';
import type { ResponseMap } from '../lib/messages';
import { publicIssueUrl } from '../lib/reports/public-issue';
import type { Report } from '../lib/reports/report';
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

const CATEGORY_LABELS: Record<Category, string> = {
  immigration: 'Immigration enforcement (ICE and CBP contracts)',
  military: 'Military (Pentagon contracts)',
  'police-surveillance': 'Police and surveillance',
  labour: 'Labour (worker actions)',
};
const STYLE_LABELS: Record<HighlightStyle, string> = {
  underline: 'Dotted underline',
  background: 'Highlighted background',
  none: 'No mark (hover still works)',
};

export function OptionsApp({ api }: { api: OptionsApi }) {
  const [settings, setSettings] = useState<Settings | undefined>();
  const [info, setInfo] = useState<LoadedDataset | null | undefined>();
  const [reports, setReports] = useState<Report[]>([]);
  const [newSite, setNewSite] = useState('');
  const [tracker, setTracker] = useState('');
  const [trackerError, setTrackerError] = useState('');
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

  if (!settings) return <p class="muted">Loading…</p>;
  const save = (next: Settings) => {
    setSettings(next);
    api.saveSettings(next).then(
      () => setStatus('Saved.'),
      (e: unknown) => setStatus(`Not saved: ${String(e)}`),
    );
  };

  const importFile = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const result = await api.importReports(await file.text()).catch((e: unknown) => ({
      ok: false as const,
      error: String(e),
    }));
    setImportMessage(
      result.ok
        ? { ok: true, text: `Imported ${result.imported} report${result.imported === 1 ? '' : 's'}.` }
        : { ok: false, text: `Nothing imported. ${result.error}` },
    );
    void reloadReports();
  };

  return (
    <main class="options">
      <h1>Backstory options</h1>
      <p class="status" role="status">
        {status}
      </p>

      <section aria-labelledby="general">
        <h2 id="general">Marking</h2>
        <label class="check">
          <input
            type="checkbox"
            name="enabled"
            checked={settings.enabled}
            onChange={(e) => save({ ...settings, enabled: (e.currentTarget as HTMLInputElement).checked })}
          />
          Mark companies on the pages I read
        </label>
        <fieldset>
          <legend>Mark companies with</legend>
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
              {CATEGORY_LABELS[category]}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>How a name is marked</legend>
          {HIGHLIGHT_STYLES.map((style) => (
            <label class="check" key={style}>
              <input
                type="radio"
                name="highlightStyle"
                value={style}
                checked={settings.highlightStyle === style}
                onChange={() => save({ ...settings, highlightStyle: style })}
              />
              {STYLE_LABELS[style]}
            </label>
          ))}
        </fieldset>
        <label for="hover-delay">Show the card after resting on a name for</label>{' '}
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
          ({HOVER_DELAY_MIN_MS}–{HOVER_DELAY_MAX_MS}, default {DEFAULT_SETTINGS.hoverDelayMs})
        </span>
      </section>

      <section aria-labelledby="sites">
        <h2 id="sites">Sites where Backstory stays off</h2>
        {settings.disabledSites.length === 0 ? (
          <p class="muted">None. The popup turns a site off in one click.</p>
        ) : (
          <ul class="sites">
            {settings.disabledSites.map((site) => (
              <li key={site}>
                {site}{' '}
                <button
                  type="button"
                  aria-label={`Turn Backstory back on for ${site}`}
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
              setStatus('Enter a site such as example.com');
              return;
            }
            save({ ...settings, disabledSites: [...new Set([...settings.disabledSites, site])].sort() });
            setNewSite('');
          }}
        >
          <input
            aria-label="Site to turn off"
            placeholder="example.com"
            value={newSite}
            onInput={(e) => setNewSite((e.currentTarget as HTMLInputElement).value)}
          />
          <button type="submit">Add</button>
        </form>
      </section>

      <section aria-labelledby="reports">
        <h2 id="reports">Your reports</h2>
        <p class="muted small">
          Stored only in this browser. Export them to keep or share; import a file exported here (a file with
          any error is refused whole, with the reason).
        </p>
        <div class="buttons">
          <button
            type="button"
            disabled={reports.length === 0}
            onClick={() => api.download('backstory-reports.json', api.exportFile(reports))}
          >
            Export {reports.length} report{reports.length === 1 ? '' : 's'}
          </button>
          <label class="file-button">
            Import…
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
                <span class="muted">{formatDate(r.date)}</span> <span class="badge">unverified</span>
              </div>
              <div class="what">{r.description}</div>
              <div class="line small">
                <a href={r.sourceUrl} target="_blank" rel="noreferrer">
                  source
                </a>
                <a href={publicIssueUrl(settings.trackerUrl, r)} target="_blank" rel="noreferrer">
                  Submit publicly…
                </a>
                <button
                  type="button"
                  class="link-button"
                  onClick={() => void api.deleteReport(r.id).then(reloadReports)}
                >
                  Delete
                </button>
              </div>
            </li>
          ))}
        </ul>
        <label for="tracker">Public tracker for “Submit publicly”</label>
        <div class="inline">
          <input
            id="tracker"
            type="url"
            value={tracker}
            aria-invalid={trackerError ? true : undefined}
            aria-describedby={trackerError ? 'tracker-error' : undefined}
            onInput={(e) => {
              setTracker((e.currentTarget as HTMLInputElement).value);
              setTrackerError('');
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
            Save
          </button>
        </div>
        {trackerError && (
          <p class="field-error" id="tracker-error" role="alert">
            {trackerError}
          </p>
        )}
        <p class="muted small">
          Submitting opens a prefilled new issue there in a tab; nothing leaves the browser before you post
          it.
        </p>
      </section>

      <section aria-labelledby="dataset">
        <h2 id="dataset">The dataset</h2>
        {info === undefined ? (
          <p class="muted">Loading…</p>
        ) : info === null ? (
          <p class="field-error">The dataset is not loaded yet.</p>
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
        <dt>Version</dt>
        <dd>{info.meta.version}</dd>
        <dt>Loaded</dt>
        <dd>{formatDate(info.loadedAt.slice(0, 10))}</dd>
        {info.dateRange && (
          <>
            <dt>Covers</dt>
            <dd>
              {formatDate(info.dateRange.from)} – {formatDate(info.dateRange.to)}
            </dd>
          </>
        )}
        <dt>Companies</dt>
        <dd>{counts.companies.toLocaleString('en-US')}</dd>
        <dt>ICE and CBP awards</dt>
        <dd>{counts.awards.toLocaleString('en-US')}</dd>
        <dt>Pentagon contractors</dt>
        <dd>{counts.dodContractors}</dd>
        <dt>Reported contracts</dt>
        <dd>{counts.reportedContracts}</dd>
        <dt>Worker actions</dt>
        <dd>{counts.actions}</dd>
      </dl>
      <h3>Credits</h3>
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
      <h3>Caveats</h3>
      <ul class="muted small">
        {info.meta.caveats.map((c) => (
          <li key={c}>{c}</li>
        ))}
      </ul>
    </>
  );
}
