import {
  d,
  h,
  u,
  i as i18n,
  C as CATEGORIES,
  c as categoryLabel,
  H as HIGHLIGHT_STYLES,
  a as HOVER_DELAY_MAX_MS,
  b as HOVER_DELAY_MIN_MS,
  D as DEFAULT_SETTINGS,
  s as siteOf,
  f as formatDate,
  p as publicIssueUrl,
  t as trackerUrlError,
  e as importErrorText,
  S,
  R,
  w as writeSettings,
  r as readSettings,
  g as unwrapReply,
  j as browser,
} from './store-tc6NtNP3.js';
const styleLabel = (style) =>
  style === 'underline'
    ? i18n.t('styleUnderline')
    : style === 'background'
      ? i18n.t('styleBackground')
      : i18n.t('styleNone');
function OptionsApp({ api: api2 }) {
  const [settings, setSettings] = d();
  const [info, setInfo] = d();
  const [reports, setReports] = d([]);
  const [newSite, setNewSite] = d('');
  const [tracker, setTracker] = d('');
  const [trackerError, setTrackerError] = d();
  const [importMessage, setImportMessage] = d();
  const [status, setStatus] = d('');
  const reloadReports = () => api2.listReports().then(setReports, (e) => setStatus(String(e)));
  h(() => {
    api2.settings().then((s) => {
      setSettings(s);
      setTracker(s.trackerUrl);
    });
    api2.datasetInfo().then(setInfo, () => setInfo(null));
    void reloadReports();
  }, [api2]);
  if (!settings) return /* @__PURE__ */ u('p', { class: 'muted', children: i18n.t('loading') });
  const save = (next) => {
    setSettings(next);
    api2.saveSettings(next).then(
      () => setStatus(i18n.t('saved')),
      (e) => setStatus(i18n.t('notSaved', [String(e)])),
    );
  };
  const importFile = async (event) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const result = await api2.importReports(await file.text()).catch((e) => ({
      ok: false,
      error: { code: 'importNotJson', detail: String(e) },
    }));
    setImportMessage(
      result.ok
        ? { ok: true, text: i18n.t('imported', result.imported) }
        : { ok: false, text: `${i18n.t('nothingImported')} ${importErrorText(result.error)}` },
    );
    void reloadReports();
  };
  return /* @__PURE__ */ u('main', {
    class: 'options',
    children: [
      /* @__PURE__ */ u('h1', { children: i18n.t('optionsTitle') }),
      /* @__PURE__ */ u('p', { class: 'status', role: 'status', children: status }),
      /* @__PURE__ */ u('section', {
        'aria-labelledby': 'general',
        children: [
          /* @__PURE__ */ u('h2', { id: 'general', children: i18n.t('marking') }),
          /* @__PURE__ */ u('label', {
            class: 'check',
            children: [
              /* @__PURE__ */ u('input', {
                type: 'checkbox',
                name: 'enabled',
                checked: settings.enabled,
                onChange: (e) => save({ ...settings, enabled: e.currentTarget.checked }),
              }),
              i18n.t('markPages'),
            ],
          }),
          /* @__PURE__ */ u('fieldset', {
            children: [
              /* @__PURE__ */ u('legend', { children: i18n.t('markCompaniesWith') }),
              CATEGORIES.map((category) =>
                /* @__PURE__ */ u(
                  'label',
                  {
                    class: 'check',
                    children: [
                      /* @__PURE__ */ u('input', {
                        type: 'checkbox',
                        name: `category-${category}`,
                        checked: settings.categories[category],
                        onChange: (e) =>
                          save({
                            ...settings,
                            categories: {
                              ...settings.categories,
                              [category]: e.currentTarget.checked,
                            },
                          }),
                      }),
                      categoryLabel(category),
                    ],
                  },
                  category,
                ),
              ),
            ],
          }),
          /* @__PURE__ */ u('fieldset', {
            children: [
              /* @__PURE__ */ u('legend', { children: i18n.t('howMarked') }),
              HIGHLIGHT_STYLES.map((style) =>
                /* @__PURE__ */ u(
                  'label',
                  {
                    class: 'check',
                    children: [
                      /* @__PURE__ */ u('input', {
                        type: 'radio',
                        name: 'highlightStyle',
                        value: style,
                        checked: settings.highlightStyle === style,
                        onChange: () => save({ ...settings, highlightStyle: style }),
                      }),
                      styleLabel(style),
                    ],
                  },
                  style,
                ),
              ),
            ],
          }),
          /* @__PURE__ */ u('label', { for: 'hover-delay', children: i18n.t('hoverDelay') }),
          ' ',
          /* @__PURE__ */ u('input', {
            id: 'hover-delay',
            type: 'number',
            min: HOVER_DELAY_MIN_MS,
            max: HOVER_DELAY_MAX_MS,
            step: 50,
            value: settings.hoverDelayMs,
            onChange: (e) => save({ ...settings, hoverDelayMs: Number(e.currentTarget.value) }),
          }),
          ' ',
          'ms',
          ' ',
          /* @__PURE__ */ u('span', {
            class: 'muted small',
            children: i18n.t('hoverDelayRange', [
              HOVER_DELAY_MIN_MS,
              HOVER_DELAY_MAX_MS,
              DEFAULT_SETTINGS.hoverDelayMs,
            ]),
          }),
        ],
      }),
      /* @__PURE__ */ u('section', {
        'aria-labelledby': 'sites',
        children: [
          /* @__PURE__ */ u('h2', { id: 'sites', children: i18n.t('sitesOff') }),
          settings.disabledSites.length === 0
            ? /* @__PURE__ */ u('p', { class: 'muted', children: i18n.t('noSitesOff') })
            : /* @__PURE__ */ u('ul', {
                class: 'sites',
                children: settings.disabledSites.map((site) =>
                  /* @__PURE__ */ u(
                    'li',
                    {
                      children: [
                        site,
                        ' ',
                        /* @__PURE__ */ u('button', {
                          type: 'button',
                          'aria-label': i18n.t('siteBackOn', [site]),
                          onClick: () =>
                            save({
                              ...settings,
                              disabledSites: settings.disabledSites.filter((s) => s !== site),
                            }),
                          children: 'Remove',
                        }),
                      ],
                    },
                    site,
                  ),
                ),
              }),
          /* @__PURE__ */ u('form', {
            class: 'inline',
            onSubmit: (e) => {
              e.preventDefault();
              const site = siteOf(newSite.replace(/^https?:\/\//, '').split('/')[0] ?? '');
              if (!site || !site.includes('.')) {
                setStatus(i18n.t('enterSite'));
                return;
              }
              save({
                ...settings,
                disabledSites: [.../* @__PURE__ */ new Set([...settings.disabledSites, site])].sort(),
              });
              setNewSite('');
            },
            children: [
              /* @__PURE__ */ u('input', {
                'aria-label': i18n.t('siteToTurnOff'),
                placeholder: 'example.com',
                value: newSite,
                onInput: (e) => setNewSite(e.currentTarget.value),
              }),
              /* @__PURE__ */ u('button', { type: 'submit', children: i18n.t('add') }),
            ],
          }),
        ],
      }),
      /* @__PURE__ */ u('section', {
        'aria-labelledby': 'reports',
        children: [
          /* @__PURE__ */ u('h2', { id: 'reports', children: i18n.t('yourReports') }),
          /* @__PURE__ */ u('p', { class: 'muted small', children: i18n.t('reportsExplained') }),
          /* @__PURE__ */ u('div', {
            class: 'buttons',
            children: [
              /* @__PURE__ */ u('button', {
                type: 'button',
                disabled: reports.length === 0,
                onClick: () => api2.download('backstory-reports.json', api2.exportFile(reports)),
                children: i18n.t('exportReports', reports.length),
              }),
              /* @__PURE__ */ u('label', {
                class: 'file-button',
                children: [
                  i18n.t('importReports'),
                  /* @__PURE__ */ u('input', {
                    type: 'file',
                    accept: 'application/json,.json',
                    name: 'import',
                    onChange: (e) => void importFile(e),
                  }),
                ],
              }),
            ],
          }),
          importMessage &&
            /* @__PURE__ */ u('p', {
              class: importMessage.ok ? 'ok' : 'field-error',
              role: 'alert',
              'data-import': importMessage.ok ? 'ok' : 'error',
              children: importMessage.text,
            }),
          /* @__PURE__ */ u('ul', {
            class: 'items',
            children: reports.map((r) =>
              /* @__PURE__ */ u(
                'li',
                {
                  'data-report': r.id,
                  children: [
                    /* @__PURE__ */ u('div', {
                      class: 'line',
                      children: [
                        /* @__PURE__ */ u('strong', { children: r.companyName || r.companyId }),
                        ' ',
                        /* @__PURE__ */ u('span', { class: 'muted', children: formatDate(r.date) }),
                        ' ',
                        /* @__PURE__ */ u('span', { class: 'badge', children: i18n.t('unverified') }),
                      ],
                    }),
                    /* @__PURE__ */ u('div', { class: 'what', children: r.description }),
                    /* @__PURE__ */ u('div', {
                      class: 'line small',
                      children: [
                        /* @__PURE__ */ u('a', {
                          href: r.sourceUrl,
                          target: '_blank',
                          rel: 'noreferrer',
                          children: i18n.t('source'),
                        }),
                        /* @__PURE__ */ u('a', {
                          href: publicIssueUrl(settings.trackerUrl, r),
                          target: '_blank',
                          rel: 'noreferrer',
                          children: i18n.t('submitPublicly'),
                        }),
                        /* @__PURE__ */ u('button', {
                          type: 'button',
                          class: 'link-button',
                          onClick: () => void api2.deleteReport(r.id).then(reloadReports),
                          children: i18n.t('delete'),
                        }),
                      ],
                    }),
                  ],
                },
                r.id,
              ),
            ),
          }),
          /* @__PURE__ */ u('label', { for: 'tracker', children: i18n.t('trackerLabel') }),
          /* @__PURE__ */ u('div', {
            class: 'inline',
            children: [
              /* @__PURE__ */ u('input', {
                id: 'tracker',
                type: 'url',
                value: tracker,
                'aria-invalid': trackerError ? true : void 0,
                'aria-describedby': trackerError ? 'tracker-error' : void 0,
                onInput: (e) => {
                  setTracker(e.currentTarget.value);
                  setTrackerError(void 0);
                },
              }),
              /* @__PURE__ */ u('button', {
                type: 'button',
                onClick: () => {
                  const error = trackerUrlError(tracker.trim());
                  if (error) setTrackerError(error);
                  else save({ ...settings, trackerUrl: tracker.trim() });
                },
                children: i18n.t('save'),
              }),
            ],
          }),
          trackerError &&
            /* @__PURE__ */ u('p', {
              class: 'field-error',
              id: 'tracker-error',
              role: 'alert',
              children: i18n.t(trackerError),
            }),
          /* @__PURE__ */ u('p', { class: 'muted small', children: i18n.t('trackerExplained') }),
        ],
      }),
      /* @__PURE__ */ u('section', {
        'aria-labelledby': 'dataset',
        children: [
          /* @__PURE__ */ u('h2', { id: 'dataset', children: i18n.t('theDataset') }),
          info === void 0
            ? /* @__PURE__ */ u('p', { class: 'muted', children: i18n.t('loading') })
            : info === null
              ? /* @__PURE__ */ u('p', { class: 'field-error', children: i18n.t('datasetNotLoaded') })
              : /* @__PURE__ */ u(DatasetFacts, { info }),
        ],
      }),
    ],
  });
}
function DatasetFacts({ info }) {
  const { counts } = info;
  return /* @__PURE__ */ u(S, {
    children: [
      /* @__PURE__ */ u('dl', {
        class: 'facts-table',
        'data-dataset-version': info.meta.version,
        children: [
          /* @__PURE__ */ u('dt', { children: i18n.t('version') }),
          /* @__PURE__ */ u('dd', { children: info.meta.version }),
          /* @__PURE__ */ u('dt', { children: i18n.t('loaded') }),
          /* @__PURE__ */ u('dd', { children: formatDate(info.loadedAt.slice(0, 10)) }),
          info.dateRange &&
            /* @__PURE__ */ u(S, {
              children: [
                /* @__PURE__ */ u('dt', { children: i18n.t('covers') }),
                /* @__PURE__ */ u('dd', {
                  children: [formatDate(info.dateRange.from), ' – ', formatDate(info.dateRange.to)],
                }),
              ],
            }),
          /* @__PURE__ */ u('dt', { children: i18n.t('companies') }),
          /* @__PURE__ */ u('dd', { children: counts.companies.toLocaleString('en-US') }),
          /* @__PURE__ */ u('dt', { children: i18n.t('iceCbpAwards') }),
          /* @__PURE__ */ u('dd', { children: counts.awards.toLocaleString('en-US') }),
          /* @__PURE__ */ u('dt', { children: i18n.t('pentagonContractors') }),
          /* @__PURE__ */ u('dd', { children: counts.dodContractors }),
          /* @__PURE__ */ u('dt', { children: i18n.t('reportedContracts') }),
          /* @__PURE__ */ u('dd', { children: counts.reportedContracts }),
          /* @__PURE__ */ u('dt', { children: i18n.t('workerActionsTitle') }),
          /* @__PURE__ */ u('dd', { children: counts.actions }),
        ],
      }),
      /* @__PURE__ */ u('h3', { children: i18n.t('credits') }),
      /* @__PURE__ */ u('ul', {
        class: 'credits',
        children: info.meta.credits.map((c) =>
          /* @__PURE__ */ u(
            'li',
            {
              children: [
                /* @__PURE__ */ u('a', {
                  href: c.url,
                  target: '_blank',
                  rel: 'noreferrer',
                  children: c.name,
                }),
                ' ',
                /* @__PURE__ */ u('span', { class: 'muted small', children: ['(', c.licence, ')'] }),
              ],
            },
            c.url,
          ),
        ),
      }),
      /* @__PURE__ */ u('h3', { children: i18n.t('caveats') }),
      /* @__PURE__ */ u('ul', {
        class: 'muted small',
        children: info.meta.caveats.map((c) => /* @__PURE__ */ u('li', { children: c }, c)),
      }),
    ],
  });
}
const REPORT_FILE_FORMAT = 'backstory-reports';
const REPORT_FILE_VERSION = 1;
function exportReportFile(reports, exportedAt) {
  const file = {
    format: REPORT_FILE_FORMAT,
    version: REPORT_FILE_VERSION,
    exportedAt: exportedAt.toISOString(),
    reports: [...reports].sort((a, b) => a.createdAt.localeCompare(b.createdAt)),
  };
  return `${JSON.stringify(file, null, 2)}
`;
}
async function ask(request) {
  return unwrapReply(await browser.runtime.sendMessage(request), request.type);
}
const api = {
  settings: readSettings,
  saveSettings: writeSettings,
  datasetInfo: () => ask({ type: 'getDatasetInfo' }),
  listReports: () => ask({ type: 'listReports' }),
  importReports: (text) => ask({ type: 'importReports', text }),
  deleteReport: async (id) => void (await ask({ type: 'deleteReport', id })),
  exportFile: (reports) => exportReportFile(reports, /* @__PURE__ */ new Date()),
  download(fileName, text) {
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1e4);
  },
};
R(/* @__PURE__ */ u(OptionsApp, { api }), document.getElementById('app'));
