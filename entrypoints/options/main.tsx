import { render } from 'preact';
import { browser } from 'wxt/browser';
import { OptionsApp, type OptionsApi } from '../../components/OptionsApp';
import { messageClient } from '../../lib/messages';
import { exportReportFile } from '../../lib/reports/report-file';
import { readSettings, writeSettings } from '../../lib/settings/store';

const { ask } = messageClient(browser);

const api: OptionsApi = {
  settings: () => readSettings(browser.storage),
  saveSettings: (settings) => writeSettings(browser.storage, settings),
  datasetInfo: () => ask({ type: 'getDatasetInfo' }),
  listReports: () => ask({ type: 'listReports' }),
  importReports: (text) => ask({ type: 'importReports', text }),
  deleteReport: async (id) => void (await ask({ type: 'deleteReport', id })),
  exportFile: (reports) => exportReportFile(reports, new Date()),
  download(fileName, text) {
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  },
};

render(<OptionsApp api={api} />, document.getElementById('app')!);
