import { render } from 'preact';
import { browser } from 'wxt/browser';
import { OptionsApp, type OptionsApi } from '../../components/OptionsApp';
import { messageClient } from '../../lib/messages';
import { exportReportFile } from '../../lib/reports/report-file';
import { readSettings, writeSettings } from '../../lib/settings/store';
import { UPDATE_HOST_PATTERN } from '../../lib/updates/update-config';

const { ask } = messageClient(browser);

const api: OptionsApi = {
  settings: () => readSettings(browser.storage),
  saveSettings: (settings) => writeSettings(browser.storage, settings),
  datasetInfo: () => ask({ type: 'getDatasetInfo' }),
  listReports: () => ask({ type: 'listReports' }),
  importReports: (text) => ask({ type: 'importReports', text }),
  deleteReport: async (id) => void (await ask({ type: 'deleteReport', id })),
  exportFile: (reports) => exportReportFile(reports, new Date()),
  updateStatus: () => ask({ type: 'getUpdateStatus' }),
  // The host is asked for in the click that turns updates on (a permission request needs
  // the user's gesture), and given back when they are turned off.
  async setUpdates(enabled) {
    const origins = [UPDATE_HOST_PATTERN];
    if (enabled && !(await browser.permissions.request({ origins }))) return false;
    const status = await ask({ type: 'setDatasetUpdates', enabled });
    // A host granted at install (a test build's) cannot be given back; that is not an error.
    if (!enabled) await browser.permissions.remove({ origins }).catch(() => false);
    return status;
  },
  checkUpdateNow: () => ask({ type: 'checkDatasetUpdate' }),
  download(fileName, text) {
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  },
};

render(<OptionsApp api={api} />, document.getElementById('app')!);
