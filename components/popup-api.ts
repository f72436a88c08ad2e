// What the popup needs from the browser, as an interface, so its components only render
// and can be tested with a fake.
import type {
  AgencyRecords,
  CompanyDetails,
  PageMentions,
  PoliceAgency,
  PoliceListPage,
  PoliceListQuery,
  ResponseMap,
} from '../lib/messages';
import type { ReportInput } from '../lib/reports/report';
import type { Settings } from '../lib/settings/settings';

export interface PopupApi {
  /** Companies named on the tab; undefined when Backstory cannot read that tab. */
  pageMentions(): Promise<PageMentions | undefined>;
  companyDetails(companyId: string): Promise<CompanyDetails>;
  listCompanies(): Promise<{ id: string; name: string }[]>;
  /** Every police agency on record, for the search by place. */
  listAgencies(): Promise<PoliceAgency[]>;
  agencyRecords(agencyIds: string[]): Promise<AgencyRecords>;
  /** The part of a company's police list a query shows. */
  policeList(companyId: string, query: PoliceListQuery): Promise<PoliceListPage>;
  addReport(report: ReportInput): Promise<ResponseMap['addReport']>;
  settings(): Promise<Settings>;
  saveSettings(settings: Settings): Promise<void>;
  /** The report being written, kept as it is typed so closing the popup loses nothing. */
  loadDraft(): Promise<Partial<ReportInput> | undefined>;
  saveDraft(draft: ReportInput): Promise<void>;
  clearDraft(): Promise<void>;
  openOptions(): Promise<void>;
}
