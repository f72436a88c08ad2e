// npm run -s company -- NAME: one company's resolved record as JSON, to check what its card
// and popup will say. NAME is its id, its name or one of its aliases (any case).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { awardRowReader } from '../lib/dataset/award-rows.ts';
import { datasetToLoad, decodeDatasetFile } from '../lib/dataset/file.ts';
import { agenciesByTechnology } from '../lib/dataset/police-summary.ts';
import { companyRecords } from '../lib/db/database.ts';
import { parseAliasFile, type AliasFile, type Dataset } from '../lib/dataset/schema.ts';
import { REPO_ROOT } from './shared-dir.ts';

const round2 = (n: number): number => Math.round(n * 100) / 100;

/** The company a name means: its id, its name, or an alias; undefined if none. */
export function findCompanyId(dataset: Dataset, aliases: AliasFile, name: string): string | undefined {
  const wanted = name.trim().toLowerCase();
  return (
    dataset.companies.find((c) => c.id === wanted)?.id ??
    dataset.companies.find((c) => c.name.toLowerCase() === wanted)?.id ??
    aliases.aliases.find((a) => a.text.toLowerCase() === wanted)?.companyId
  );
}

export function companyRecord(dataset: Dataset, aliases: AliasFile, id: string): Record<string, unknown> {
  const company = dataset.companies.find((c) => c.id === id)!;
  // As the card counts it: a unit's contracts are its owner's too (corporate-parents).
  const loadable = datasetToLoad(dataset);
  const record = companyRecords(loadable).find((r) => r.company.id === id)!;
  const awards = awardRowReader(loadable.awards).decode(record.awards);
  const byAgency: Record<string, { awards: number; obligatedUSD: number }> = {};
  for (const award of awards) {
    const entry = (byAgency[award.agency] ??= { awards: 0, obligatedUSD: 0 });
    entry.awards++;
    entry.obligatedUSD = round2(entry.obligatedUSD + award.obligatedUSD);
  }
  const dod = record.dodContractors;
  const police = dataset.policeRecords.filter((r) => r.companyIds.includes(id));
  return {
    id,
    name: company.name,
    recipientNames: company.recipientNames,
    domains: company.domains,
    aliases: aliases.aliases
      .filter((a) => a.companyId === id)
      .map((a) => (a.ambiguous ? { text: a.text, ambiguous: true, because: a.because } : { text: a.text })),
    categories: aliases.companies[id]?.categories ?? 0,
    awardsByAgency: byAgency,
    pentagonObligatedUSD: dod.length ? round2(dod.reduce((sum, d) => sum + d.totalObligatedUSD, 0)) : null,
    pentagonContractors: dod.map((d) => ({
      name: d.name,
      rank: d.rank,
      totalObligatedUSD: d.totalObligatedUSD,
    })),
    police: {
      records: police.length,
      agencies: new Set(police.map((r) => r.agencyId)).size,
      byTechnology: agenciesByTechnology(police),
      byDataset: Object.fromEntries(
        [...new Set(police.map((r) => r.dataset))]
          .sort()
          .map((d) => [d, police.filter((r) => r.dataset === d).length]),
      ),
    },
    actions: dataset.actions
      .filter((a) => a.companyIds.includes(id))
      .map((a) => ({ id: a.id, date: a.date, kinds: a.kinds, workers: a.workers })),
    reportedContracts: dataset.reportedContracts
      .filter((r) => r.companyId === id)
      .map(({ id: contractId, customer, program, year, amountUSD }) => ({
        id: contractId,
        customer,
        program,
        year,
        amountUSD,
      })),
    parent: record.parent,
    units: record.units,
    jointVentureOwners: record.owners,
  };
}

function main(): void {
  const name = process.argv.slice(2).join(' ');
  if (!name.trim()) {
    console.error('usage: npm run -s company -- NAME (an id, a name or an alias)');
    process.exit(2);
  }
  const read = (file: string): unknown => JSON.parse(readFileSync(resolve(REPO_ROOT, 'data', file), 'utf8'));
  const dataset = decodeDatasetFile(read('dataset.json'));
  const aliases = parseAliasFile(read('aliases.json'));
  const id = findCompanyId(dataset, aliases, name);
  if (!id) {
    console.error(`company: no company is called "${name}"`);
    process.exit(1);
  }
  console.log(JSON.stringify(companyRecord(dataset, aliases, id), null, 2));
}

if (import.meta.url === `file://${process.argv[1]}`) main();
