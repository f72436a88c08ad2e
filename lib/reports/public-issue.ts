// "Submit publicly": a report becomes a prefilled new-issue link on the dataset's public
// tracker. Building the link sends nothing; the browser opens it only on the user's click.
import type { Report } from './report';

const KIND_WORDS: Record<Report['kind'], string> = {
  contract: 'Contract',
  'worker-action': 'Worker action',
  other: 'Incident',
};

export function publicIssueUrl(trackerUrl: string, report: Report): string {
  const url = new URL(trackerUrl);
  const company = report.companyName || report.companyId;
  url.searchParams.set('title', `${KIND_WORDS[report.kind]}: ${company} (${report.date})`);
  url.searchParams.set(
    'body',
    [
      `Company: ${company}${report.companyId ? ` (\`${report.companyId}\`)` : ' (not yet in the dataset)'}`,
      `Kind: ${report.kind}`,
      `Date: ${report.date}`,
      `Source: ${report.sourceUrl}`,
      '',
      report.description,
      '',
      '_Reported with the Backstory browser extension; not yet verified._',
    ].join('\n'),
  );
  return url.href;
}
