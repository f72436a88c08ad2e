// The dataset's shape, validated with valibot in the tests, in the data build, and when the
// background loads data/ into IndexedDB. Designed for thousands of companies and tens of
// thousands of awards: every record is flat, keyed by id, and points at its company by id.
import * as v from 'valibot';

const httpUrl = v.pipe(
  v.string(),
  v.url(),
  v.check((url) => /^https?:\/\//.test(url), 'a source must be an http or https URL'),
);
const isoDate = v.pipe(v.string(), v.isoDate());
/** Lowercase slug: "amazon", "palantir", "booz-allen-hamilton". */
export const companyIdSchema = v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/));

export const aliasSchema = v.object({
  text: v.pipe(v.string(), v.minLength(2)),
  companyId: companyIdSchema,
  /** A common word or name on its own ("Amazon", "Target"): it needs evidence on the page. */
  ambiguous: v.boolean(),
  /** Why an ambiguous alias needs evidence ("a common surname"), from the build's word lists. */
  because: v.optional(v.string()),
});

export const companySchema = v.object({
  id: companyIdSchema,
  name: v.pipe(v.string(), v.minLength(1)),
  /** Recipient names in the award data that were resolved to this company. */
  recipientNames: v.array(v.string()),
  /** The web domains the company runs, so its own site can be recognised. */
  domains: v.array(v.string()),
});

export const agencySchema = v.picklist(['ICE', 'CBP']);

export const awardSchema = v.object({
  companyId: companyIdSchema,
  recipientName: v.string(),
  agency: agencySchema,
  awardId: v.string(),
  /**
   * USAspending's id of the award, which names its page
   * (https://www.usaspending.gov/award/<id>); null where the source does not give it.
   */
  generatedAwardId: v.nullable(v.pipe(v.string(), v.regex(/^[A-Z0-9_-]+$/))),
  /**
   * usaspending: sum of the obligations in the source, a lower bound (see `meta.caveats`);
   * torn-apart: the award's current total value as Torn Apart recorded it in 2018.
   */
  obligatedUSD: v.number(),
  firstActionDate: v.nullable(isoDate),
  lastActionDate: v.nullable(isoDate),
  productOrService: v.string(),
  naics: v.string(),
  /** The agency's own words for what the award buys, from the source record. */
  description: v.string(),
  dataset: v.picklist(['usaspending', 'torn-apart']),
});

/** A dated ISO day, month or year: "2018-10-06", "2018-10", "2018". */
const partialIsoDate = v.pipe(v.string(), v.regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/));

export const workerActionSchema = v.object({
  id: v.string(),
  /** Every company the action is about; empty for those the source ties to none (industry-wide strikes). */
  companyIds: v.array(companyIdSchema),
  /** Of them, those whose work was protested by people who are not their workers. */
  targetCompanyIds: v.optional(v.array(companyIdSchema)),
  /** Who acted: the companies' workers, students, or others (other companies' workers, the public). */
  actedBy: v.optional(v.picklist(['workers', 'students', 'others'])),
  /** A day, or a month where the sources give only that. */
  date: partialIsoDate,
  /** False where the record's evidence does not state its year: the date orders it, unshown. */
  dateStated: v.optional(v.boolean()),
  kinds: v.array(v.string()),
  struggles: v.array(v.string()),
  workers: v.nullable(v.number()),
  tags: v.array(v.string()),
  /** The contract, customer or issue at stake, as a short label ("Project Nimbus", "ICE"). */
  about: v.optional(v.array(v.string())),
  /** Short, in the project's own words; empty when the record is shown as structured facts. */
  summary: v.string(),
  sources: v.pipe(v.array(httpUrl), v.minLength(1)),
});

export const dodContractorSchema = v.object({
  id: v.string(),
  companyId: companyIdSchema,
  /** The contractor's name as the source spells it. */
  name: v.string(),
  rank: v.number(),
  totalObligatedUSD: v.number(),
  contractCount: v.number(),
  topSubAgency: v.string(),
  period: v.string(),
  yearly: v.array(v.object({ fiscalYear: v.number(), amountUSD: v.number() })),
  subAgencies: v.array(v.object({ name: v.string(), amountUSD: v.number(), share: v.number() })),
  sources: v.pipe(v.array(httpUrl), v.minLength(1)),
});

export const reportedContractSchema = v.object({
  id: v.string(),
  companyId: companyIdSchema,
  customer: v.string(),
  program: v.string(),
  category: v.picklist(['military', 'immigration', 'police-surveillance']),
  /** "2018" or "2018-06"; empty where the cited reporting does not state it. */
  year: v.string(),
  /** Only where the cited reporting states a figure. */
  amountUSD: v.nullable(v.number()),
  /** The figure is a cap ("up to"), not money paid. */
  amountIsCeiling: v.optional(v.boolean()),
  /** How many companies share that ceiling (JWCC's $9 billion, four ways); null if none. */
  sharedBy: v.optional(v.nullable(v.number())),
  /** The award in the award data this contract is (awardKey): shown with that award, once. */
  awardKey: v.optional(v.string()),
  summary: v.string(),
  sources: v.pipe(v.array(httpUrl), v.minLength(1)),
});

/** A law-enforcement agency named by the police-technology sources. */
export const policeAgencySchema = v.object({
  /** State code and name: "ca-oakland-police-department". */
  id: v.pipe(v.string(), v.regex(/^[a-z]{2}-[a-z0-9-]+$/)),
  name: v.pipe(v.string(), v.minLength(1)),
  city: v.string(),
  county: v.string(),
  /** Two-letter US state or territory code; "" where the source gives none. */
  state: v.string(),
  /** The source's kind of agency: "Police", "Sheriff", "Fusion Center", … */
  kind: v.string(),
});

/** One agency's use of one technology, as a source records it. */
export const policeRecordSchema = v.object({
  /** "aos:AOS0002", "flock:119", "nc-survey:2837". */
  id: v.string(),
  agencyId: v.string(),
  /** The vendors' companies; empty where the source names no vendor. */
  companyIds: v.array(companyIdSchema),
  /** The vendor field as the source writes it. */
  vendor: v.string(),
  technology: v.string(),
  /** When the source dates it (the Atlas: its first link's date; Flock: the portal's last update). */
  date: v.nullable(partialIsoDate),
  /** The source's date where it could not be read. */
  dateRaw: v.nullable(v.string()),
  /** A dollar figure the source states for it. */
  amountUSD: v.nullable(v.number()),
  /** Flock transparency portals: what the portal showed. */
  cameras: v.nullable(v.number()),
  retentionDays: v.nullable(v.number()),
  /** How many other agencies the portal lists as able to search its data. */
  sharesWith: v.nullable(v.number()),
  dataset: v.picklist(['atlas', 'flock-portals', 'nc-survey']),
  sources: v.pipe(v.array(httpUrl), v.minLength(1)),
});

/** Who owns a company, or, for a joint venture, who its owners are (corporate-parents). */
export const parentLinkSchema = v.object({
  companyId: companyIdSchema,
  /** The owner its contracts roll up to; null for a joint venture, which stays its own. */
  parentId: v.nullable(companyIdSchema),
  /** A joint venture's owners; empty otherwise. */
  ownerIds: v.array(companyIdSchema),
  relation: v.picklist(['subsidiary', 'division', 'joint-venture', 'acquired']),
  /** The year the link starts, where a source states it: contracts count for the owner from then. */
  since: v.nullable(v.number()),
  until: v.nullable(v.number()),
  sources: v.pipe(v.array(httpUrl), v.minLength(1)),
});

export const datasetMetaSchema = v.object({
  /** Content hash of everything below: same data, same version. */
  version: v.string(),
  caveats: v.array(v.string()),
  /** A source with no public address of its own (hand-collected files) has none. */
  credits: v.array(v.object({ name: v.string(), url: v.optional(httpUrl), licence: v.string() })),
});

export const datasetSchema = v.object({
  meta: datasetMetaSchema,
  companies: v.array(companySchema),
  awards: v.array(awardSchema),
  actions: v.array(workerActionSchema),
  dodContractors: v.array(dodContractorSchema),
  reportedContracts: v.array(reportedContractSchema),
  policeAgencies: v.array(policeAgencySchema),
  policeRecords: v.array(policeRecordSchema),
  parentLinks: v.array(parentLinkSchema),
});

export const aliasFileSchema = v.object({
  version: v.string(),
  /** What the content script needs of each company: its name and its own web domains. */
  companies: v.record(
    companyIdSchema,
    v.object({
      name: v.string(),
      domains: v.array(v.string()),
      /** Bit mask over CATEGORIES (lib/dataset/categories.ts): what the company's records are about. */
      categories: v.pipe(v.number(), v.integer(), v.minValue(0)),
      /** Words typical of the company: evidence for its ambiguous names (scripts/data/curated.ts). */
      contextWords: v.optional(v.array(v.pipe(v.string(), v.minLength(2)))),
      /** Products whose name follows the company's ("Amazon Prime"): evidence right after it. */
      productWords: v.optional(v.array(v.pipe(v.string(), v.minLength(2)))),
      /** Other companies' names that begin with one of its names: where they stand, not it. */
      otherNames: v.optional(v.array(v.pipe(v.string(), v.minLength(2)))),
      /** The company that owns it today, if it is a unit: the two vouch for each other in a text. */
      ownerId: v.optional(companyIdSchema),
    }),
  ),
  aliases: v.array(aliasSchema),
  /** Common first names ("Jane"): one before a surname that is also a company's name makes a person. */
  firstNames: v.optional(v.array(v.string())),
});

export type Alias = v.InferOutput<typeof aliasSchema>;
export type Company = v.InferOutput<typeof companySchema>;
export type Agency = v.InferOutput<typeof agencySchema>;
export type Award = v.InferOutput<typeof awardSchema>;
export type WorkerAction = v.InferOutput<typeof workerActionSchema>;
export type DodContractor = v.InferOutput<typeof dodContractorSchema>;
export type ReportedContract = v.InferOutput<typeof reportedContractSchema>;
export type PoliceAgency = v.InferOutput<typeof policeAgencySchema>;
export type PoliceRecord = v.InferOutput<typeof policeRecordSchema>;
export type ParentLink = v.InferOutput<typeof parentLinkSchema>;
export type DatasetMeta = v.InferOutput<typeof datasetMetaSchema>;
export type Dataset = v.InferOutput<typeof datasetSchema>;
export type AliasFile = v.InferOutput<typeof aliasFileSchema>;

/** Validates a whole dataset; throws a readable error naming the first bad record. */
export function parseDataset(input: unknown): Dataset {
  const result = v.safeParse(datasetSchema, input);
  if (!result.success) throw new Error(`Invalid dataset: ${describeIssues(result.issues)}`);
  return result.output;
}

export function parseAliasFile(input: unknown): AliasFile {
  const result = v.safeParse(aliasFileSchema, input);
  if (!result.success) throw new Error(`Invalid alias file: ${describeIssues(result.issues)}`);
  return result.output;
}

export function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
  return issues
    .slice(0, 3)
    .map((issue) => {
      const path = v.getDotPath(issue);
      return path ? `${path}: ${issue.message}` : issue.message;
    })
    .join('; ');
}
