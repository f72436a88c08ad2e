// npm run data:build [-- --sources DIR] [--check]: reads the public sources and writes the
// curated, cited dataset into data/. Deterministic: the same sources give the same bytes.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'csv-parse/sync';
import { companyCategories } from '../lib/dataset/categories.ts';
import { toWorkerActions, type CollectiveActionRecord } from '../lib/dataset/actions.ts';
import { generateAliases, type JudgeAmbiguity } from '../lib/dataset/aliases.ts';
import { judgeAmbiguity } from '../lib/dataset/ambiguity.ts';
import { loadLexicon } from './data/lexicon.ts';
import { encodeDatasetFile } from '../lib/dataset/file.ts';
import { compileDictionary } from '../lib/matcher/dictionary.ts';
import {
  aggregateTransactions,
  dedupeTransactions,
  tornApartAwards,
  type TornApartRow,
  type TransactionRow,
} from '../lib/dataset/awards.ts';
import { CompanyResolver, companyKey, GENERIC_WORDS } from '../lib/dataset/resolve.ts';
import { awardKey } from '../lib/dataset/award-facts.ts';
import {
  parseAliasFile,
  parseDataset,
  type AliasFile,
  type Award,
  type Company,
  type Dataset,
  type DodContractor,
  type ParentLink,
  type ReportedContract,
} from '../lib/dataset/schema.ts';
import {
  ACTION_SUMMARIES,
  AMBIGUITY_OVERRIDES,
  CURATED_COMPANIES,
  NOT_A_COMPANY_SLUGS,
  REFUSED_PARENT_LINKS,
  REPORTED_CONTRACTS,
} from './data/curated.ts';
import { POLICE_VENDOR_COMPANIES } from './data/police-vendors.ts';
import { readPoliceSources } from './data/police-sources.ts';
import {
  HAND_COLLECTED_FILES,
  readHandCollected,
  type ParentLink as HandParentLink,
} from './data/hand-collected.ts';
import {
  matchingAward,
  namesIn,
  sameReportedContract,
  toHandActions,
  toHandContracts,
  type UnstatedFact,
} from '../lib/dataset/hand-collected.ts';
import { findShared, REPO_ROOT, skipOrFail } from './shared-dir.ts';

const DOD_DASHBOARD_URL = 'https://github.com/SayedOmarHashimi/defense-contracts-dashboard';
const USASPENDING_URL = 'https://www.usaspending.gov';

const CAVEATS = [
  'CBP and ICE sums for FY2021–FY2026 are lower bounds: the source was fetched sorted by amount and probably misses small transactions.',
  'FY2014–FY2018 ICE figures are the current total value of each award as Torn Apart recorded it in 2018.',
  'Pentagon figures are totals for the 100 largest Department of Defense prime contractors, FY2021–FY2026 (FY2026 partial).',
  "Police technology is as EFF's Atlas of Surveillance recorded it on 2020-10-07 (a snapshot; the live Atlas holds more), and as the Flock Safety transparency portals the News & Observer found showed it in April 2024 (portals are optional, so most Flock customers have none).",
  'Contracts that reached a company only through a subcontractor, a reseller or another government do not appear in award data; those known from reporting are listed as reported contracts.',
];

const CREDITS = [
  {
    name: 'Collective Actions in Tech',
    url: 'https://github.com/collective-action/tech',
    licence: 'Unlicense (public domain)',
  },
  {
    name: 'USAspending.gov (CBP and ICE transactions, Pentagon totals)',
    url: USASPENDING_URL,
    licence: 'US federal spending data (public domain)',
  },
  {
    name: 'Torn Apart / Separados',
    url: 'http://xpmethod.plaintext.in/torn-apart/',
    licence: 'released to the public for future works',
  },
  {
    name: 'Electronic Frontier Foundation, Atlas of Surveillance',
    url: 'https://atlasofsurveillance.org',
    licence: 'CC BY',
  },
  {
    name: 'The News & Observer, Private Eyes (Flock portals, NC survey)',
    url: 'https://github.com/mcclatchy-southeast/private_eyes',
    licence: 'MIT',
  },
  {
    name: 'Hand-collected worker actions 2022–2026, reported contracts 2015–2026 and corporate parents (facts from public pages, each with verbatim evidence; every record cites its pages)',
    licence: 'facts from public pages; Backstory shows structured facts and its own words',
  },
  {
    name: 'Defense contracts dashboard',
    url: DOD_DASHBOARD_URL,
    licence: 'aggregates of public-domain US federal spending data',
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
  const file = 'freezer.csv';
  return readCsv(path).map((r) => ({
    awardId: field(r, 'award_id', file),
    recipientName: field(r, 'recipient_name', file),
    parentName: field(r, 'parent_name', file),
    currentTotalValue: numberField(r, 'current_total_value', file),
    naics: field(r, 'naics_description', file),
    productOrService: field(r, 'product_combo', file).split('||')[0] ?? '',
    description: field(r, 'award_description', file),
  }));
}

interface DodListEntry {
  id: number;
  name: string;
  slug: string;
  total_awarded: number;
  contract_count: number;
  top_agency: string;
}

interface DodDetail {
  yearly_totals?: { fiscal_year: number; amount: number }[];
  agency_breakdown?: { agency: string; amount: number; share: number }[];
}

function readDod(dir: string): { list: DodListEntry[]; details: Map<string, DodDetail>; period: string } {
  const list = JSON.parse(readFileSync(join(dir, 'contractors.json'), 'utf8')) as DodListEntry[];
  const meta = JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8')) as {
    fiscal_years: { start: number; end: number };
    partial_fiscal_year?: number;
  };
  const details = new Map<string, DodDetail>();
  for (const file of readdirSync(join(dir, 'contractor')).sort()) {
    details.set(
      file.replace(/\.json$/, ''),
      JSON.parse(readFileSync(join(dir, 'contractor', file), 'utf8')) as DodDetail,
    );
  }
  const { start, end } = meta.fiscal_years;
  const partial = meta.partial_fiscal_year ? ` (FY${meta.partial_fiscal_year} partial)` : '';
  return { list, details, period: `FY${start}–FY${end}${partial}` };
}

/** "the new york times" → "The New York Times"; slugs with capitals ("NPR", "iFood") are kept. */
function slugDisplayName(slug: string): string {
  const text = slug.replace(/_/g, ' ').trim();
  if (/[A-Z]/.test(text)) return text;
  return text.replace(/(^|\s)(\p{L})/gu, (_, space: string, letter: string) => space + letter.toUpperCase());
}

const round2 = (n: number): number => Math.round(n * 100) / 100;

function byId<T extends { id: string }>(a: T, b: T): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The build's judge of which names need evidence: the word and name lists, then the curated exceptions. */
function ambiguityJudge(): JudgeAmbiguity {
  const lexicon = loadLexicon();
  const isGeneric = (word: string) => GENERIC_WORDS.has(word);
  return (text) => judgeAmbiguity(text, lexicon, isGeneric, AMBIGUITY_OVERRIDES);
}

export interface BuildResult {
  dataset: Dataset;
  aliases: AliasFile;
  log: string[];
}

export function buildDataset(sourcesDir: string): BuildResult {
  const log: string[] = [];
  const resolver = new CompanyResolver([
    ...CURATED_COMPANIES.map(({ id, name, names }) => ({ id, name, names })),
    ...POLICE_VENDOR_COMPANIES.map(({ id, name, names }) => ({ id, name, names: [name, ...(names ?? [])] })),
  ]);

  // 1. Every spelling, with the money behind it and the parent a source names.
  const rawTransactions = readTransactions(join(sourcesDir, 'usaspending-cbp-ice'));
  const transactions = dedupeTransactions(rawTransactions);
  log.push(
    `usaspending: ${rawTransactions.length} transactions, ${rawTransactions.length - transactions.length} exact repeats dropped`,
  );
  const weightOf = new Map<string, number>();
  for (const row of transactions)
    weightOf.set(row.recipientName, (weightOf.get(row.recipientName) ?? 0) + row.obligation);
  for (const [name, weight] of [...weightOf].sort((a, b) => (a[0] < b[0] ? -1 : 1)))
    resolver.observe(name, weight);

  const tornRows = readTornApart(join(sourcesDir, 'torn-apart-ice-2014-2018', 'freezer.csv'));
  const refused = new Set(
    REFUSED_PARENT_LINKS.map((l) => `${companyKey(l.recipient)}|${companyKey(l.parent)}`),
  );
  for (const row of tornRows) {
    const link = `${companyKey(row.recipientName)}|${companyKey(row.parentName)}`;
    resolver.observe(
      row.recipientName,
      row.currentTotalValue ?? 0,
      refused.has(link) ? undefined : row.parentName,
    );
  }

  const dod = readDod(join(sourcesDir, 'dod-top-contractors'));
  for (const entry of dod.list) resolver.observe(entry.name, 0);

  // The hand-collected files name companies by their common names ("Google", "Amazon Web
  // Services (Amazon)"): a name is the company a spelling or a curated alias says, else a
  // company of its own. Observed before any record is made, so that no id changes after.
  const hand = readHandCollected(sourcesDir);
  const aliasOwner = new Map(
    [...CURATED_COMPANIES, ...POLICE_VENDOR_COMPANIES].flatMap((c) =>
      (c.aliases ?? []).map((a) => [a.text.toLowerCase(), c.id] as const),
    ),
  );
  const knownId = (name: string): string | undefined =>
    resolver.companyOf(name) ?? aliasOwner.get(name.toLowerCase());
  const handNames = [
    ...hand.actions.flatMap((a) => [...a.companies, ...a.targetCompanies]),
    ...hand.contracts.map((c) => c.company),
    ...hand.parents.flatMap((p) => [p.parent ?? '', ...(p.owners ?? [])]).filter(Boolean),
  ];
  const unknownNames = handNames.filter((raw) => namesIn(raw).every((name) => knownId(name) === undefined));
  for (const raw of [...new Set(unknownNames)].sort()) resolver.observe(namesIn(raw)[0]!, 0);
  const aliasesOf = new Map<string, string[]>();
  for (const [text, id] of aliasOwner) aliasesOf.set(id, [...(aliasesOf.get(id) ?? []), text]);
  const companyWeight = new Map(resolver.companies().map((c) => [c.id, c.weight]));
  const curatedIds = new Set([...CURATED_COMPANIES, ...POLICE_VENDOR_COMPANIES].map((c) => c.id));
  const parentIdOf = new Map(
    hand.parents.flatMap((p) => {
      const unit = knownId(p.recipient);
      const parent = p.parent ? knownId(namesIn(p.parent)[0]!) : undefined;
      return unit && parent ? [[unit, parent] as const] : [];
    }),
  );
  const resolveHandName = (raw: string) => {
    const names = namesIn(raw);
    // Of the names written ("Paragon Solutions (Paragon Solutions US)"), a curated company's
    // first, else the one with the most money behind it in the award data.
    const ids = names.map(knownId).filter((found): found is string => found !== undefined);
    // Where one name is the other's unit (the parents file says so), the one written first:
    // "RTX (Raytheon)" owns a joint venture, "Raytheon (RTX)" held a 2018 Army contract.
    const unitAndOwner = ids.some((a) => ids.some((b) => parentIdOf.get(a) === b));
    const id =
      (unitAndOwner ? ids[0] : undefined) ??
      ids.find((found) => curatedIds.has(found)) ??
      [...ids].sort((a, b) => (companyWeight.get(b) ?? 0) - (companyWeight.get(a) ?? 0))[0];
    if (!id) throw new Error(`hand-collected name "${raw}" resolves to no company`);
    // What its evidence may call it: the names written, their first word ("Palantir" of
    // "Palantir Technologies"), and the company's curated aliases.
    const firstWords = names.map((n) => n.split(/\s+/)[0]!).filter((w) => w.length >= 4);
    return { id, names: [...names, ...firstWords, ...(aliasesOf.get(id) ?? [])] };
  };

  const records = JSON.parse(
    readFileSync(join(sourcesDir, 'collective-action-tech', 'actions.json'), 'utf8'),
  ) as CollectiveActionRecord[];
  const curatedBySlug = new Map(
    CURATED_COMPANIES.flatMap((c) => (c.actionSlugs ?? []).map((s) => [s, c.id] as const)),
  );
  const slugs = [...new Set(records.flatMap((r) => r.companies ?? []))]
    .filter((s) => !NOT_A_COMPANY_SLUGS.has(s))
    .sort();
  for (const slug of slugs) if (!curatedBySlug.has(slug)) resolver.observe(slugDisplayName(slug), 0);

  // 2. Records, each pointing at its resolved company.
  const companyOf = (name: string): string | undefined => resolver.companyOf(name);
  const usaAwards = aggregateTransactions(transactions, companyOf);
  const generatedIdByAwardId = new Map<string, string>();
  for (const row of transactions) generatedIdByAwardId.set(row.awardId, row.generatedAwardId);
  const tornAwards = tornApartAwards(tornRows, (name) => companyOf(name), generatedIdByAwardId);
  log.push(`awards: ${usaAwards.length} CBP/ICE FY2021+ and ${tornAwards.length} ICE FY2014–FY2018`);

  const actions = toWorkerActions(
    records,
    (slug) => {
      if (NOT_A_COMPANY_SLUGS.has(slug)) return [];
      const id = curatedBySlug.get(slug) ?? companyOf(slugDisplayName(slug));
      return id ? [id] : [];
    },
    (id) => ACTION_SUMMARIES[id],
  );

  const dodContractors: DodContractor[] = dod.list.map((entry) => {
    const detail = dod.details.get(entry.slug);
    return {
      id: `dod:${entry.slug}`,
      companyId: companyOf(entry.name)!,
      name: entry.name,
      rank: entry.id,
      totalObligatedUSD: round2(entry.total_awarded),
      contractCount: entry.contract_count,
      topSubAgency: entry.top_agency,
      period: dod.period,
      yearly: (detail?.yearly_totals ?? []).map((y) => ({
        fiscalYear: y.fiscal_year,
        amountUSD: round2(y.amount),
      })),
      subAgencies: (detail?.agency_breakdown ?? []).map((a) => ({
        name: a.agency,
        amountUSD: round2(a.amount),
        share: a.share,
      })),
      sources: [DOD_DASHBOARD_URL, USASPENDING_URL],
    };
  });

  const recordById = new Map(records.map((r) => [r.id, r]));
  const curatedContracts: ReportedContract[] = REPORTED_CONTRACTS.map(
    ({ sourcesFromActions, ...contract }) => {
      const sources = sourcesFromActions.flatMap((id) => {
        const record = recordById.get(id);
        if (!record) throw new Error(`reported contract ${contract.id}: no collective action ${id}`);
        return (record.sources ?? []).map((u) => u.trim()).filter((u) => /^https?:\/\/\S+$/.test(u));
      });
      return { ...contract, sources };
    },
  );

  // Hand-collected records beside the others: facts their evidence does not state are left
  // out (and listed); a contract already held is merged, one the award data holds is left to it.
  const handActions = toHandActions(hand.actions, resolveHandName);
  const handContracts = toHandContracts(hand.contracts, resolveHandName);
  const unstated: UnstatedFact[] = [...handActions.unstated, ...handContracts.unstated];
  const notTaken: { file: string; id: string; why: string }[] = [];
  const withAward: string[] = [];
  const reportedContracts: ReportedContract[] = [...curatedContracts];
  const allAwards = [...usaAwards, ...tornAwards];
  const actionsByAward = new Map<string, TransactionRow[]>();
  for (const row of transactions) {
    const list = actionsByAward.get(row.generatedAwardId);
    if (list) list.push(row);
    else actionsByAward.set(row.generatedAwardId, [row]);
  }
  const actionsOf = (award: Award) => actionsByAward.get(award.generatedAwardId ?? '') ?? [];
  for (const contract of handContracts.contracts) {
    const sourceYear = handContracts.sourceYears.get(contract.id);
    const award = matchingAward(contract, allAwards, sourceYear, actionsOf);
    if (award) {
      // Kept as a reported contract (its program's name and its reporting), shown with the award.
      reportedContracts.push({ ...contract, awardKey: awardKey(award) });
      withAward.push(`${contract.id}: ${award.agency} award ${award.awardId} (${award.recipientName})`);
      continue;
    }
    // Only the curated records: two hand-collected ones are two contracts (Clearview 2020 and 2025).
    const held = reportedContracts.findIndex(
      (r, i) => i < curatedContracts.length && sameReportedContract(r, contract),
    );
    if (held >= 0) {
      const old = reportedContracts[held]!;
      reportedContracts[held] = {
        ...contract,
        id: old.id,
        sources: [...new Set([...old.sources, ...contract.sources])],
      };
      notTaken.push({ file: HAND_COLLECTED_FILES.contracts, id: contract.id, why: `merged into ${old.id}` });
      continue;
    }
    reportedContracts.push(contract);
  }
  const seenActions = new Set(actions.map((a) => `${a.date}|${a.companyIds.join(',')}`));
  for (const action of handActions.actions) {
    const key = `${action.date}|${action.companyIds.join(',')}`;
    if (seenActions.has(key)) {
      notTaken.push({
        file: HAND_COLLECTED_FILES.actions,
        id: action.id,
        why: 'Collective Actions in Tech holds it',
      });
      continue;
    }
    actions.push(action);
  }
  const parentLinks = parentLinksOf(hand.parents, resolver, resolveHandName, notTaken);
  log.push(
    `hand-collected: ${hand.actions.length} actions, ${hand.contracts.length} contracts, ${hand.parents.length} parent links read; ${notTaken.length} not taken as records of their own, ${withAward.length} shown with their award, ${unstated.length} facts left out for want of evidence`,
    ...notTaken.map((n) => `  not taken: ${n.file} ${n.id}: ${n.why}`),
    ...withAward.map((line) => `  shown with the award that is it: ${line}`),
    ...unstated.map((u) => `  not stated by its evidence: ${u.id} ${u.fact} ${u.value}`),
  );

  const police = readPoliceSources(sourcesDir);
  log.push(...police.log);

  // 3. Companies: every group something points at, named and listed with its spellings.
  const used = new Set<string>([
    ...usaAwards.map((a) => a.companyId),
    ...tornAwards.map((a) => a.companyId),
    ...actions.flatMap((a) => a.companyIds),
    ...dodContractors.map((d) => d.companyId),
    ...reportedContracts.map((r) => r.companyId),
    ...police.records.flatMap((r) => r.companyIds),
    ...parentLinks.flatMap((l) => [l.companyId, ...(l.parentId ? [l.parentId] : []), ...l.ownerIds]),
    ...CURATED_COMPANIES.map((c) => c.id),
  ]);
  const curatedAll = [...CURATED_COMPANIES, ...POLICE_VENDOR_COMPANIES];
  const domainsOf = new Map(curatedAll.map((c) => [c.id, c.domains ?? []]));
  const resolved = resolver.companies().filter((c) => used.has(c.id));
  const companies: Company[] = resolved
    .map((c) => ({
      id: c.id,
      name: c.name,
      recipientNames: c.recipientNames,
      domains: [...(domainsOf.get(c.id) ?? [])].sort(),
    }))
    .sort(byId);
  const known = new Set(companies.map((c) => c.id));
  for (const record of police.records)
    for (const id of record.companyIds)
      if (!known.has(id))
        throw new Error(`police record ${record.id}: no company "${id}" (police-vendors.ts)`);
  const spellings = new Set([...weightOf.keys(), ...tornRows.map((r) => r.recipientName)]);
  const withAwards = new Set([...usaAwards, ...tornAwards].map((a) => a.companyId));
  log.push(
    `entity resolution: ${spellings.size} recipient spellings → ${withAwards.size} companies with awards; ${companies.length} companies in all`,
  );

  for (const c of CURATED_COMPANIES) {
    const hasRecipients = resolved.some((r) => r.id === c.id && r.recipientNames.length > 0);
    if (!hasRecipients && !(c.actionSlugs ?? []).some((s) => slugs.includes(s))) {
      log.push(`warning: curated ${c.id} matches no recipient or action (${c.names.join(', ')})`);
    }
  }

  const policeAgencyIds = new Set(police.records.map((r) => r.agencyId));
  const body = {
    companies,
    awards: [...usaAwards, ...tornAwards].sort((a, b) => (awardKey(a) < awardKey(b) ? -1 : 1)),
    actions: actions.sort(byId),
    dodContractors: dodContractors.sort(byId),
    reportedContracts: reportedContracts.sort(byId),
    policeAgencies: police.agencies.filter((a) => policeAgencyIds.has(a.id)),
    policeRecords: police.records,
    parentLinks,
  };
  const weightById = new Map(resolved.map((c) => [c.id, c.weight]));
  const nameById = new Map(companies.map((c) => [c.id, c.name.replace(/\s*\([^)]*\)$/, '')]));
  // A unit's owner today (a joint venture has none): its name is the unit's second name.
  const ownerIdOf = new Map(
    parentLinks.filter((l) => l.parentId && l.until === null).map((l) => [l.companyId, l.parentId!]),
  );
  const { aliases, dropped } = generateAliases(
    companies.map((c) => ({
      id: c.id,
      name: c.name,
      recipientNames: c.recipientNames,
      weight: weightById.get(c.id) ?? 0,
      ownerNames: ownerIdOf.has(c.id) ? [nameById.get(ownerIdOf.get(c.id)!)!] : [],
    })),
    new Map([
      ...POLICE_VENDOR_COMPANIES.filter((c) => c.aliases).map((c) => [c.id, c.aliases!] as const),
      ...CURATED_COMPANIES.map((c) => [c.id, c.aliases] as const),
    ]),
    ambiguityJudge(),
  );
  const contextWords = new Map(
    curatedAll.filter((c) => c.contextWords?.length).map((c) => [c.id, c.contextWords!]),
  );
  const productWords = new Map(
    CURATED_COMPANIES.filter((c) => c.productWords?.length).map((c) => [c.id, c.productWords!]),
  );
  const otherNames = new Map(
    curatedAll.filter((c) => c.otherNames?.length).map((c) => [c.id, c.otherNames!]),
  );
  const firstNames = loadLexicon().firstNames();
  // The version names all of data/: the records and the aliases the content script uses.
  const version = createHash('sha256')
    .update(
      JSON.stringify({
        ...body,
        aliases,
        contextWords: [...contextWords],
        productWords: [...productWords],
        otherNames: [...otherNames],
        firstNames,
      }),
    )
    .digest('hex')
    .slice(0, 16);
  const dataset = parseDataset({ meta: { version, caveats: CAVEATS, credits: CREDITS }, ...body });
  log.push(
    `aliases: ${aliases.length} (${aliases.filter((a) => a.ambiguous).length} ambiguous); dropped ${dropped.length} (${['generic', 'too short', 'taken by a larger company'].map((r) => `${dropped.filter((d) => d.reason === r).length} ${r}`).join(', ')})`,
  );
  const categoriesOf = companyCategories(body);
  const aliasFile = parseAliasFile({
    version,
    companies: Object.fromEntries(
      companies.map((c) => [
        c.id,
        {
          name: c.name,
          domains: c.domains,
          categories: categoriesOf.get(c.id) ?? 0,
          ...(contextWords.has(c.id) ? { contextWords: contextWords.get(c.id) } : {}),
          ...(productWords.has(c.id) ? { productWords: productWords.get(c.id) } : {}),
          ...(otherNames.has(c.id) ? { otherNames: otherNames.get(c.id) } : {}),
          ...(ownerIdOf.has(c.id) ? { ownerId: ownerIdOf.get(c.id) } : {}),
        },
      ]),
    ),
    aliases,
    firstNames,
  });
  return { dataset, aliases: aliasFile, log };
}

/**
 * The corporate-parents links as records: a recipient the award data names, its owner (or a
 * joint venture's owners). Several spellings of one recipient make one link. A link the
 * curated list contradicts fails the build, naming both.
 */
function parentLinksOf(
  links: readonly HandParentLink[],
  resolver: CompanyResolver,
  resolveName: (raw: string) => { id: string },
  notTaken: { file: string; id: string; why: string }[],
): ParentLink[] {
  const byCompany = new Map<string, ParentLink>();
  const curatedOf = new Map(
    CURATED_COMPANIES.flatMap((c) => c.names.map((n) => [companyKey(n), c.id] as const)),
  );
  for (const link of links) {
    const companyId = resolver.companyOf(link.recipient);
    const label = `${HAND_COLLECTED_FILES.parents} "${link.recipient}"`;
    if (!companyId) {
      notTaken.push({ file: HAND_COLLECTED_FILES.parents, id: link.recipient, why: 'no award names it' });
      continue;
    }
    const parentId = link.parent && link.relation !== 'joint-venture' ? resolveName(link.parent).id : null;
    const ownerIds = (link.owners ?? []).map((o) => resolveName(o).id).sort();
    const curated = curatedOf.get(companyKey(link.recipient));
    if (curated && parentId && curated !== parentId && curated !== companyId) {
      throw new Error(
        `${label}: scripts/data/curated.ts puts it under "${curated}", the file under "${parentId}"`,
      );
    }
    if (parentId === companyId) {
      notTaken.push({
        file: HAND_COLLECTED_FILES.parents,
        id: link.recipient,
        why: `already one company with ${parentId}`,
      });
      continue;
    }
    const held = byCompany.get(companyId);
    if (held && held.parentId !== parentId)
      throw new Error(`${label}: ${companyId} is given two owners, ${held.parentId} and ${parentId}`);
    byCompany.set(companyId, {
      companyId,
      parentId,
      ownerIds,
      relation: link.relation,
      since: link.since,
      until: link.until,
      sources: [...new Set([...(held?.sources ?? []), ...link.sources])],
    });
  }
  return [...byCompany.values()].sort((a, b) => (a.companyId < b.companyId ? -1 : 1));
}

/** One record a line: compact, yet a diff shows which records changed. */
export function stringifyDataset(value: Record<string, unknown>): string {
  const lines = (items: unknown[]): string =>
    items.length === 0 ? '[]' : `[\n${items.map((item) => JSON.stringify(item)).join(',\n')}\n]`;
  const parts = Object.entries(value).map(([key, item]) => {
    let inner: string;
    if (Array.isArray(item)) inner = lines(item);
    else if (item && typeof item === 'object' && 'rows' in item) {
      const { rows, ...head } = item as { rows: unknown[] };
      inner = `${JSON.stringify(head).slice(0, -1)},\n"rows": ${lines(rows)}}`;
    } else inner = JSON.stringify(item);
    return `${JSON.stringify(key)}: ${inner}`;
  });
  return `{\n${parts.join(',\n')}\n}\n`;
}

/**
 * JSON with every character past ASCII written as a \u escape: the same JSON, read by the
 * background as a one-byte string, which Chromium decodes and parses faster than one in which
 * a single dash makes every character two bytes (docs/performance.md).
 */
export function asciiJson(json: string): string {
  return json.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** data/release.json, if there is one that reads. */
export function readRelease(path: string): { dataset: string; issued: string } | undefined {
  if (!existsSync(path)) return undefined;
  const raw = JSON.parse(readFileSync(path, 'utf8')) as { dataset?: unknown; issued?: unknown };
  return typeof raw.dataset === 'string' && typeof raw.issued === 'string'
    ? { dataset: raw.dataset, issued: raw.issued }
    : undefined;
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
  const outputs = new Map<string, string | Buffer>([
    [resolve(REPO_ROOT, 'data', 'dataset.json'), asciiJson(stringifyDataset(encodeDatasetFile(dataset)))],
    [resolve(REPO_ROOT, 'data', 'aliases.json'), stringifyDataset(aliases)],
    [resolve(REPO_ROOT, 'data', 'dictionary.bin'), Buffer.from(compileDictionary(aliases))],
  ]);
  // data/release.json: when this dataset was first built. Updates are ordered by it (lib/updates).
  const releasePath = resolve(REPO_ROOT, 'data', 'release.json');
  const release = readRelease(releasePath);
  if (release?.dataset !== dataset.meta.version)
    outputs.set(
      releasePath,
      `${JSON.stringify({ dataset: dataset.meta.version, issued: new Date().toISOString() }, null, 2)}\n`,
    );
  if (values.check) {
    const stale = [...outputs].filter(
      ([path, content]) => !existsSync(path) || !readFileSync(path).equals(Buffer.from(content)),
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
  console.error(`data:build: wrote data/ (version ${dataset.meta.version})`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
