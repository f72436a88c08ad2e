// Reads the three hand-collected files of ../shared/sources (worker actions 2022–2026,
// reported contracts 2015–2026, corporate parents), each line checked against its schema: a
// bad line fails the build, naming the file, the line and the field.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';

const evidence = v.array(v.object({ url: v.string(), excerpt: v.pipe(v.string(), v.maxLength(300)) }));
const yearOrMonthOrDay = v.pipe(
  v.string(),
  v.regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'not YYYY, YYYY-MM or YYYY-MM-DD'),
);

export const handActionSchema = v.object({
  id: v.pipe(v.string(), v.regex(/^wa-\d{4}-\d{3}$/)),
  date: yearOrMonthOrDay,
  companies: v.pipe(v.array(v.pipe(v.string(), v.minLength(1))), v.minLength(1)),
  targetCompanies: v.array(v.string()),
  kinds: v.pipe(v.array(v.string()), v.minLength(1)),
  workers: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1))),
  summary: v.string(),
  sources: v.pipe(v.array(v.pipe(v.string(), v.regex(/^https?:\/\/\S+$/))), v.minLength(1)),
  evidence: v.pipe(evidence, v.minLength(1)),
  about: v.optional(v.nullable(v.array(v.string()))),
  notes: v.optional(v.nullable(v.string())),
});

export const handContractSchema = v.object({
  id: v.pipe(v.string(), v.regex(/^rc-\d{3}$/)),
  company: v.pipe(v.string(), v.minLength(1)),
  customer: v.pipe(v.string(), v.minLength(1)),
  program: v.pipe(v.string(), v.minLength(1)),
  category: v.picklist(['immigration-enforcement', 'military', 'police-surveillance']),
  year: yearOrMonthOrDay,
  amountUSD: v.nullable(v.pipe(v.number(), v.minValue(0))),
  amountIsCeiling: v.boolean(),
  summary: v.string(),
  sources: v.pipe(v.array(v.pipe(v.string(), v.regex(/^https?:\/\/\S+$/))), v.minLength(1)),
  evidence: v.pipe(evidence, v.minLength(1)),
  notes: v.optional(v.nullable(v.string())),
});

export const parentLinkSchema = v.object({
  recipient: v.pipe(v.string(), v.minLength(1)),
  parent: v.nullable(v.string()),
  relation: v.picklist(['subsidiary', 'division', 'joint-venture', 'acquired']),
  since: v.nullable(v.pipe(v.number(), v.integer())),
  until: v.nullable(v.pipe(v.number(), v.integer())),
  owners: v.nullable(v.array(v.string())),
  sources: v.pipe(v.array(v.pipe(v.string(), v.regex(/^https?:\/\/\S+$/))), v.minLength(1)),
  evidence: v.pipe(evidence, v.minLength(1)),
});

export type HandAction = v.InferOutput<typeof handActionSchema>;
export type HandContract = v.InferOutput<typeof handContractSchema>;
export type ParentLink = v.InferOutput<typeof parentLinkSchema>;

/** One record a line; the first bad line throws "FILE line N: FIELD: what is wrong". */
export function parseJsonl<S extends v.GenericSchema>(
  text: string,
  schema: S,
  file: string,
): v.InferOutput<S>[] {
  const records: v.InferOutput<S>[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch (error) {
      throw new Error(`${file} line ${i + 1}: not JSON (${(error as Error).message})`, { cause: error });
    }
    const result = v.safeParse(schema, raw);
    if (!result.success) {
      const issue = result.issues[0];
      throw new Error(`${file} line ${i + 1}: ${v.getDotPath(issue) ?? 'record'}: ${issue.message}`);
    }
    records.push(result.output);
  });
  return records;
}

export const HAND_COLLECTED_FILES = {
  actions: 'worker-actions-2022-2026/actions.jsonl',
  contracts: 'reported-contracts-2015-2026/contracts.jsonl',
  parents: 'corporate-parents/parents.jsonl',
} as const;

export function readHandCollected(sourcesDir: string): {
  actions: HandAction[];
  contracts: HandContract[];
  parents: ParentLink[];
} {
  const read = <S extends v.GenericSchema>(file: string, schema: S) =>
    parseJsonl(readFileSync(join(sourcesDir, file), 'utf8'), schema, file);
  return {
    actions: read(HAND_COLLECTED_FILES.actions, handActionSchema),
    contracts: read(HAND_COLLECTED_FILES.contracts, handContractSchema),
    parents: read(HAND_COLLECTED_FILES.parents, parentLinkSchema),
  };
}
