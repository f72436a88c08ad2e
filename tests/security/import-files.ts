// Report files a user may be handed: too large, not JSON, not Backstory's, or with one record
// wrong in each way a record can be. Each must be refused whole with its reason, or, where
// it names reports the user already has, leave those as they are.

interface StoredReport {
  id: string;
}

export interface ImportFile {
  name: string;
  /** The file's bytes, from the reports already stored (to collide with their ids). */
  contents: (stored: readonly StoredReport[]) => Buffer;
  /** What the options page must say. */
  says: RegExp;
  /** Reports it may add (0 unless said). */
  adds?: number;
}

const good = {
  id: 'import-1',
  companyId: 'palantir',
  companyName: 'Palantir',
  kind: 'contract',
  date: '2024-05-06',
  description: 'A record imported from a file handed to the user.',
  sourceUrl: 'https://example.org/record',
  createdAt: '2025-01-01T00:00:00.000Z',
};

const fileOf = (reports: unknown[], head: Record<string, unknown> = {}) =>
  Buffer.from(
    JSON.stringify({
      format: 'backstory-reports',
      version: 1,
      exportedAt: '2025-01-01T00:00:00.000Z',
      reports,
      ...head,
    }),
  );
const withRecord = (change: Record<string, unknown>) => () => fileOf([{ ...good, ...change }]);
const refused = (reason: string) => new RegExp(`^Nothing imported\\. ${reason}`);
const recordRefused = (field: string, reason: string) => refused(`Report 1: ${field}: ${reason}`);

export const MALICIOUS_IMPORTS: ImportFile[] = [
  {
    name: 'too large (6.2 MB)',
    contents: () => Buffer.alloc(6_200_000, 0x20),
    says: refused('The file is too large: 6\\.2 MB; the limit is 5\\.0 MB\\.'),
  },
  {
    name: 'far too large (100 MB)',
    contents: () => Buffer.alloc(100_000_000, 0x7b),
    says: refused('The file is too large: 100\\.0 MB; the limit is 5\\.0 MB\\.'),
  },
  { name: 'empty', contents: () => Buffer.alloc(0), says: refused('The file is not JSON') },
  {
    name: 'cut short',
    contents: () => Buffer.from('{"format":"backstory-reports","reports":['),
    says: refused('The file is not JSON'),
  },
  {
    name: 'binary',
    contents: () => Buffer.from([0xff, 0xfe, 0x00, 0x01, 0x89, 0x50, 0x4e, 0x47]),
    says: refused('The file is not JSON'),
  },
  {
    name: 'nested 100,000 levels deep',
    contents: () => Buffer.from('['.repeat(100_000) + ']'.repeat(100_000)),
    says: refused(''),
  },
  {
    name: 'JSON null',
    contents: () => Buffer.from('null'),
    says: refused('This is not a Backstory reports file'),
  },
  {
    name: 'a bare list',
    contents: () => Buffer.from(JSON.stringify([good])),
    says: refused('This is not a Backstory reports file'),
  },
  {
    name: 'a number',
    contents: () => Buffer.from('42'),
    says: refused('This is not a Backstory reports file'),
  },
  {
    name: 'of another format',
    contents: () => fileOf([good], { format: 'other-tool' }),
    says: refused('This is not a Backstory reports file'),
  },
  {
    name: 'of a later version',
    contents: () => fileOf([good], { version: 2 }),
    says: refused('This is not a Backstory reports file'),
  },
  {
    name: 'reports that are no list',
    contents: () => fileOf([], { reports: { 0: good } }),
    says: refused('This is not a Backstory reports file'),
  },
  {
    name: '10,001 reports long',
    contents: () => fileOf(Array.from({ length: 10_001 }, (_, i) => ({ ...good, id: `bulk-${i}` }))),
    says: refused('This is not a Backstory reports file'),
  },
  {
    name: 'a record with a field of its own',
    contents: withRecord({ script: '<script>alert(1)</script>' }),
    says: refused('Report 1: '),
  },
  {
    name: 'a record with a __proto__ key',
    contents: () =>
      Buffer.from(
        JSON.stringify({ format: 'backstory-reports', version: 1, exportedAt: '', reports: [good] }).replace(
          '"id":',
          '"__proto__":{"polluted":true},"id":',
        ),
      ),
    says: refused('Report 1: '),
  },
  {
    name: 'a javascript: source',
    contents: withRecord({ sourceUrl: 'javascript:alert(1)' }),
    says: recordRefused('Source link', 'Only http and https links are accepted\\.'),
  },
  {
    name: 'a data: source',
    contents: withRecord({ sourceUrl: 'data:text/html,<script>alert(1)</script>' }),
    says: recordRefused('Source link', 'Only http and https links are accepted\\.'),
  },
  {
    name: 'a file: source',
    contents: withRecord({ sourceUrl: 'file:///etc/passwd' }),
    says: recordRefused('Source link', 'Only http and https links are accepted\\.'),
  },
  {
    name: 'a source with no real host',
    contents: withRecord({ sourceUrl: 'https://localhost/x' }),
    says: recordRefused('Source link', 'The link needs a real web address\\.'),
  },
  {
    name: 'a company the dataset does not have',
    contents: withRecord({ companyId: 'acme-evil-corp' }),
    says: recordRefused('Company', 'Choose a company from the list'),
  },
  {
    name: 'a company id that is a path',
    contents: withRecord({ companyId: '../../etc/passwd' }),
    says: refused('Report 1: '),
  },
  {
    name: 'the company id "constructor"',
    contents: withRecord({ companyId: 'constructor' }),
    says: recordRefused('Company', 'Choose a company from the list'),
  },
  {
    name: 'a company name of 150 characters',
    contents: withRecord({ companyId: '', companyName: 'N'.repeat(150) }),
    says: recordRefused('Company', "Keep the company's name under 120 characters\\."),
  },
  {
    name: 'a description too short',
    contents: withRecord({ description: 'too short' }),
    says: recordRefused('What happened', 'Describe what happened in at least 10 characters\\.'),
  },
  {
    name: 'a description of 2,001 characters',
    contents: withRecord({ description: 'x'.repeat(2001) }),
    says: recordRefused('What happened', 'Keep it under 2000 characters \\(now 2001\\)\\.'),
  },
  {
    name: 'a date in the future',
    contents: withRecord({ date: '2999-01-01' }),
    says: recordRefused('Date', 'The date cannot be in the future\\.'),
  },
  {
    name: 'a date that does not exist',
    contents: withRecord({ date: '2025-02-30' }),
    says: recordRefused('Date', 'That date does not exist\\.'),
  },
  {
    name: 'a date before 1900',
    contents: withRecord({ date: '1850-01-01' }),
    says: recordRefused('Date', 'Dates before 1900 are not accepted\\.'),
  },
  { name: 'a kind of its own', contents: withRecord({ kind: 'exploit' }), says: refused('Report 1: ') },
  {
    name: 'a creation time that is no time',
    contents: withRecord({ createdAt: 'yesterday' }),
    says: refused('Report 1: '),
  },
  {
    name: 'an id of 101 characters',
    contents: withRecord({ id: 'i'.repeat(101) }),
    says: refused('Report 1: '),
  },
  {
    name: 'one id twice',
    contents: () => fileOf([good, { ...good }]),
    says: refused('Report 2: the id import-1 appears twice\\.'),
  },
  {
    name: 'the id of a stored report, with other content',
    contents: (stored) =>
      fileOf([{ ...good, id: stored[0]!.id, description: 'Overwritten by a file from elsewhere.' }]),
    says: /^Imported 0 reports\. Skipped 1 already stored\.$/,
  },
  {
    name: 'one new report beside a stored one',
    contents: (stored) =>
      fileOf([
        { ...good, id: stored[0]!.id },
        { ...good, id: 'import-new' },
      ]),
    says: /^Imported 1 report\. Skipped 1 already stored\.$/,
    adds: 1,
  },
];
