// npm run data:build [-- --sources DIR]: reads the public sources and writes the curated,
// cited dataset into data/. Deterministic: the same sources give the same bytes.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'csv-parse/sync';
import { toWorkerActions, type CollectiveActionRecord } from '../lib/dataset/actions.ts';
import {
  aggregateTransactions,
  dedupeTransactions,
  tornApartAwards,
  type TornApartRow,
  type TransactionRow,
} from '../lib/dataset/awards.ts';
import { recipientKey } from '../lib/dataset/names.ts';
import {
  parseAliasFile,
  parseDataset,
  type AliasFile,
  type Company,
  type Dataset,
} from '../lib/dataset/schema.ts';
import { ACTION_SUMMARIES, CURATED_COMPANIES } from './data/curated.ts';
import { findShared, REPO_ROOT, skipOrFail } from './shared-dir.ts';

const CAVEATS = [
  'CBP and ICE sums for FY2021–FY2026 are lower bounds: the source was fetched sorted by amount and probably misses small transactions.',
  'FY2014–FY2018 ICE figures are the current total value of each award as Torn Apart recorded it in 2018.',
  'Contracts that reached a company only through a subcontractor or reseller do not appear in award data.',
];

const CREDITS = [
  {
    name: 'Collective Actions in Tech',
    url: 'https://github.com/collective-action/tech',
    licence: 'Unlicense (public domain)',
  },
  {
    name: 'USAspending.gov, via the cbp-ice-dashboard collection',
    url: 'https://www.usaspending.gov',
    licence: 'US federal spending data (public domain)',
  },
  {
    name: 'Torn Apart / Separados',
    url: 'http://xpmethod.plaintext.in/torn-apart/',
    licence: 'released to the public for future works',
  },
];

type CsvRecord = Record<string, string>;

function readCsv(path: string): CsvRecord[] {
  return parse(readFileSync(path), { columns: true, skip_empty_lines: true, bom: true }) as CsvRecord[];
}

function field(record: CsvRecord, name: string, file: string): string {
  const value = record[name];
  if (value === undefined) throw new Error(`${file}: column "${name}" is missing`);
  return value.trim();
}

function numberField(record: CsvRecord, name: string, file: string): number | null {
  const raw = field(record, name, file);
  if (raw === '') return null;
  const value = Number(raw);
  if (!Number.isFinite(value)) throw new Error(`${file}: "${name}" is not a number: "${raw}"`);
  return value;
}

function readTransactions(dir: string): TransactionRow[] {
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.csv'))
    .sort();
  return files.flatMap((name) =>
    readCsv(join(dir, name)).map((r) => ({
      agency: field(r, 'Agency', name),
      awardId: field(r, 'Award ID', name),
      recipientName: field(r, 'Recipient Name', name),
      obligation: numberField(r, 'Federal Action Obligation', name) ?? 0,
      actionDate: field(r, 'Action Date', name),
      modification: field(r, 'Modification', name),
      productOrService: field(r, 'Product/Service Description', name),
      naics: field(r, 'NAICS Description', name),
      description: field(r, 'Transaction Description', name),
      generatedAwardId: field(r, 'Generated Award ID', name),
    })),
  );
}

function readTornApart(path: string): TornApartRow[] {
  return readCsv(path).map((r) => ({
    awardId: field(r, 'award_id', 'freezer.csv'),
    recipientName: field(r, 'recipient_name', 'freezer.csv'),
    parentName: field(r, 'parent_name', 'freezer.csv'),
    currentTotalValue: numberField(r, 'current_total_value', 'freezer.csv'),
    officeName: field(r, 'awarding_office_name', 'freezer.csv'),
    naics: field(r, 'naics_description', 'freezer.csv'),
    productOrService: field(r, 'product_combo', 'freezer.csv').split('||')[0] ?? '',
    description: field(r, 'award_description', 'freezer.csv'),
  }));
}

function byId<T extends { id: string }>(a: T, b: T): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function buildDataset(sourcesDir: string): { dataset: Dataset; aliases: AliasFile; log: string[] } {
  const log: string[] = [];
  const companyByKey = new Map<string, string>();
  const companyBySlug = new Map<string, string>();
  for (const company of CURATED_COMPANIES) {
    for (const key of company.recipientKeys) companyByKey.set(key, company.id);
    for (const slug of company.actionSlugs) companyBySlug.set(slug, company.id);
  }

  const rawTransactions = readTransactions(join(sourcesDir, 'usaspending-cbp-ice'));
  const transactions = dedupeTransactions(rawTransactions);
  log.push(
    `usaspending: ${rawTransactions.length} transactions, ${rawTransactions.length - transactions.length} duplicates dropped`,
  );
  const usaAwards = aggregateTransactions(transactions, (name) => companyByKey.get(recipientKey(name)));

  const generatedIdByAwardId = new Map<string, string>();
  for (const row of transactions) generatedIdByAwardId.set(row.awardId, row.generatedAwardId);
  const tornRows = readTornApart(join(sourcesDir, 'torn-apart-ice-2014-2018', 'freezer.csv'));
  const tornAwards = tornApartAwards(
    tornRows,
    (name, parent) => companyByKey.get(recipientKey(name)) ?? companyByKey.get(recipientKey(parent)),
    generatedIdByAwardId,
  );
  log.push(`torn apart: ${tornRows.length} awards read`);

  const records = JSON.parse(
    readFileSync(join(sourcesDir, 'collective-action-tech', 'actions.json'), 'utf8'),
  ) as CollectiveActionRecord[];
  const actions = toWorkerActions(
    records,
    (slug) => {
      const id = companyBySlug.get(slug);
      return id ? [id] : [];
    },
    (id) => ACTION_SUMMARIES[id],
  );
  log.push(`collective actions: ${records.length} read, ${actions.length} linked to a company`);

  const recipientNames = new Map<string, Set<string>>();
  for (const award of [...usaAwards, ...tornAwards]) {
    const names = recipientNames.get(award.companyId) ?? new Set<string>();
    names.add(award.recipientName);
    recipientNames.set(award.companyId, names);
  }
  const companies: Company[] = CURATED_COMPANIES.map((c) => ({
    id: c.id,
    name: c.name,
    recipientNames: [...(recipientNames.get(c.id) ?? [])].sort(),
    domains: [...c.domains].sort(),
  })).sort(byId);

  const body = {
    companies,
    awards: [...usaAwards, ...tornAwards].sort(byId),
    actions: actions.sort(byId),
  };
  const version = createHash('sha256').update(JSON.stringify(body)).digest('hex').slice(0, 16);
  const dataset = parseDataset({ meta: { version, caveats: CAVEATS, credits: CREDITS }, ...body });

  const aliases = parseAliasFile({
    version,
    companies: Object.fromEntries(companies.map((c) => [c.id, { name: c.name, domains: c.domains }])),
    aliases: CURATED_COMPANIES.flatMap((c) =>
      c.aliases.map((a) => ({ text: a.text, companyId: c.id, ambiguous: a.ambiguous ?? false })),
    ).sort((a, b) => (a.text < b.text ? -1 : a.text > b.text ? 1 : 0)),
  });
  return { dataset, aliases, log };
}

/** One record a line: compact, yet a diff shows which records changed. */
export function stringifyDataset(value: Record<string, unknown>): string {
  const parts = Object.entries(value).map(([key, item]) => {
    const inner = Array.isArray(item)
      ? `[\n${item.map((record) => JSON.stringify(record)).join(',\n')}\n]`
      : JSON.stringify(item);
    return `${JSON.stringify(key)}: ${inner}`;
  });
  return `{\n${parts.join(',\n')}\n}\n`;
}

/**
 * --check rebuilds in memory and fails if data/ differs: the committed dataset must be
 * exactly what the sources and the pipeline give.
 */
function main(): void {
  const { values } = parseArgs({ options: { sources: { type: 'string' }, check: { type: 'boolean' } } });
  const lookup = findShared('sources', values.sources ?? process.env.BACKSTORY_SOURCES);
  if (!lookup.found) skipOrFail('data:build', lookup.message);
  const { dataset, aliases, log } = buildDataset(lookup.path);
  const outputs = new Map([
    [resolve(REPO_ROOT, 'data', 'dataset.json'), stringifyDataset(dataset)],
    [resolve(REPO_ROOT, 'data', 'aliases.json'), stringifyDataset(aliases)],
  ]);
  if (values.check) {
    const stale = [...outputs].filter(
      ([path, text]) => !existsSync(path) || readFileSync(path, 'utf8') !== text,
    );
    if (stale.length > 0) {
      console.error(
        `data:build --check: ${stale.map(([p]) => p).join(', ')} differ from the sources; run npm run data:build`,
      );
      process.exit(1);
    }
    console.error(`data:build --check: data/ matches the sources (version ${dataset.meta.version})`);
    return;
  }
  for (const [path, text] of outputs) writeFileSync(path, text);
  for (const line of log) console.error(line);
  console.error(
    `data:build: ${dataset.companies.length} companies, ${dataset.awards.length} awards, ${dataset.actions.length} actions, version ${dataset.meta.version}`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) main();
