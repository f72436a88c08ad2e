// What the popup needs from the browser, as an interface, so its components only render
// and can be tested with a fake.
import type { CompanyDetails, PageMentions, ResponseMap } from '../lib/messages';
import type { ReportInput } from '../lib/reports/report';

export interface PopupApi {
  /** Companies named on the tab; undefined when Backstory cannot read that tab. */
  pageMentions(): Promise<PageMentions | undefined>;
  companyDetails(companyId: string): Promise<CompanyDetails>;
  listCompanies(): Promise<{ id: string; name: string }[]>;
  addReport(report: ReportInput): Promise<ResponseMap['addReport']>;
}
