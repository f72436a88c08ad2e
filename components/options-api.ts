// What the options page needs from the browser, as an interface, so its components only
// render and can be tested with a fake.
import type { LoadedDataset, ResponseMap, UpdateStatus } from '../lib/messages';
import type { Report } from '../lib/reports/report';
import type { Settings } from '../lib/settings/settings';

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
  updateStatus(): Promise<UpdateStatus>;
  /**
   * Turns dataset updates on (asking the browser for the update host first; false if the
   * user refused it) or off (giving the host back).
   */
  setUpdates(enabled: boolean): Promise<UpdateStatus | false>;
  checkUpdateNow(): Promise<UpdateStatus>;
}
