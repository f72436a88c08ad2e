// The one protocol between the pages (content script, popup, options) and the background,
// which owns the data, in both directions: requests to the background (validated with a
// schema on arrival) and requests to a page's content script (checked by hand, so that pages
// need no schema library). Anything unknown or malformed gets an error answer, never an
// exception. Every sender goes through `messageClient`.
import * as v from 'valibot';
import { companyIdSchema, describeIssues } from './dataset/schema';
import type { AgencyRecords, CompanyDetails, CompanySummary, LoadedDataset } from './db/read-models';
import type { PoliceAgency } from './dataset/schema';
import type { PoliceListPage, PoliceListQuery } from './dataset/police-summary';
import type { TextMatches } from './matcher/text-matches';
import type { PageMentions, ScanStats } from './page/page-state';
import type { Report, ReportErrors } from './reports/report';
import type { UpdateState } from './updates/update-state';

// The background's read models travel in its answers; pages take them from here.
export type {
  AgencyRecords,
  CompanyDetails,
  CompanySummary,
  LoadedDataset,
  PoliceAgency,
  PoliceListPage,
  PoliceListQuery,
  TextMatches,
};
// What a page's content script says of itself travels in its answers too.
export type { PageMentions, ScanStats };
import { REPORT_FILE_MAX_BYTES, type ReportFileError } from './reports/report-file';

const companyId = companyIdSchema;
/** A batch of page text the background matches at once: far above what a page sends. */
export const MAX_TEXTS = 20_000;
export const MAX_TEXT_CHARS = 1_000_000;
const shortString = v.pipe(v.string(), v.maxLength(5000));

export const requestSchema = v.variant('type', [
  v.object({ type: v.literal('getCompanySummary'), companyId }),
  v.object({ type: v.literal('getCompanyDetails'), companyId }),
  v.object({ type: v.literal('listCompanies') }),
  v.object({ type: v.literal('listAgencies') }),
  v.object({
    type: v.literal('getPoliceList'),
    companyId,
    query: v.object({
      state: v.pipe(v.string(), v.maxLength(2)),
      technology: v.pipe(v.string(), v.maxLength(100)),
      sort: v.picklist(['agency', 'state', 'technology', 'date']),
      ascending: v.boolean(),
      limit: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(100_000)),
    }),
  }),
  v.object({
    type: v.literal('getAgencyRecords'),
    agencyIds: v.pipe(v.array(v.pipe(v.string(), v.maxLength(300))), v.maxLength(200)),
  }),
  v.object({
    type: v.literal('addReport'),
    report: v.object({
      companyId: shortString,
      companyName: shortString,
      kind: shortString,
      date: shortString,
      description: shortString,
      sourceUrl: shortString,
    }),
  }),
  v.object({ type: v.literal('listReports') }),
  v.object({
    type: v.literal('importReports'),
    text: v.pipe(v.string(), v.maxLength(REPORT_FILE_MAX_BYTES)),
  }),
  v.object({ type: v.literal('deleteReport'), id: v.pipe(v.string(), v.minLength(1), v.maxLength(100)) }),
  v.object({ type: v.literal('openDetails'), companyId }),
  v.object({
    type: v.literal('matchTexts'),
    texts: v.pipe(v.array(v.pipe(v.string(), v.maxLength(MAX_TEXT_CHARS))), v.maxLength(MAX_TEXTS)),
    /** The page's host name, to tell whether it is a company's own site. */
    host: v.pipe(v.string(), v.maxLength(253)),
  }),
  v.object({ type: v.literal('getDatasetInfo') }),
  v.object({ type: v.literal('getUpdateStatus') }),
  v.object({ type: v.literal('setDatasetUpdates'), enabled: v.boolean() }),
  v.object({ type: v.literal('checkDatasetUpdate') }),
  v.object({
    type: v.literal('reportPageCompanies'),
    count: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100_000)),
    /** Set when the page is on the company's own web site. */
    ownSiteCompanyId: v.nullable(companyId),
  }),
]);

export type Request = v.InferOutput<typeof requestSchema>;
export type RequestType = Request['type'];
export type RequestOf<T extends RequestType> = Extract<Request, { type: T }>;

/** The background's answers, by request. */
export interface BackgroundResponses {
  getCompanySummary: CompanySummary;
  getCompanyDetails: CompanyDetails;
  listCompanies: { id: string; name: string }[];
  listAgencies: PoliceAgency[];
  getPoliceList: PoliceListPage;
  getAgencyRecords: AgencyRecords;
  addReport: { ok: true; report: Report } | { ok: false; errors: ReportErrors };
  listReports: Report[];
  importReports: { ok: true; imported: number; skipped: number } | { ok: false; error: ReportFileError };
  deleteReport: null;
  openDetails: null;
  matchTexts: TextMatches;
  getDatasetInfo: LoadedDataset | null;
  getUpdateStatus: UpdateStatus;
  setDatasetUpdates: UpdateStatus;
  checkDatasetUpdate: UpdateStatus;
  reportPageCompanies: null;
}

/** Dataset updates as the options page shows them. */
export interface UpdateStatus {
  state: UpdateState;
  /** The address checked ("https://host/path/"). */
  address: string;
  dataset: LoadedDataset | null;
}

/** The requests a page's content script answers, and its answers. */
export type PageRequest =
  | { type: 'getPageMentions' }
  | { type: 'getScanStats' }
  | { type: 'getPageInfo' }
  | { type: 'showCardAtSelection' }
  /** The background passes on a change of the settings; they are parsed, never trusted. */
  | { type: 'settingsChanged'; settings: unknown };
export type PageRequestType = PageRequest['type'];
export interface PageResponses {
  getPageMentions: PageMentions;
  getScanStats: ScanStats;
  getPageInfo: { url: string; title: string };
  /** Whether this frame had a marked name at its selection. */
  showCardAtSelection: boolean;
  settingsChanged: null;
}

/** Every answer, by request, whichever way it goes. */
export type ResponseMap = BackgroundResponses & PageResponses;

export type Reply<T extends keyof ResponseMap = keyof ResponseMap> =
  { ok: true; value: ResponseMap[T] } | { ok: false; error: string };

/**
 * Requests only Backstory's own pages may make: a content script sits in a page it cannot
 * trust, so nothing of the user's own (their reports, which the details carry) goes to one.
 */
const EXTENSION_PAGES_ONLY: ReadonlySet<RequestType> = new Set([
  'getCompanyDetails',
  'addReport',
  'listReports',
  'importReports',
  'deleteReport',
  // Dataset updates: only the options page turns them on or off, or checks.
  'getUpdateStatus',
  'setDatasetUpdates',
  'checkDatasetUpdate',
]);

export interface SenderInfo {
  /** The sender's extension id; another extension's messages are refused. */
  id?: string;
  url?: string;
  /** The tab a content script's message came from. */
  tabId?: number;
}

export type Handlers = {
  [T in RequestType]?: (request: RequestOf<T>, sender: SenderInfo) => Promise<ResponseMap[T]>;
};

/**
 * Validates `raw`, checks who sent it, and runs the matching handler. Always resolves to a
 * Reply; a handler that throws becomes an error reply.
 */
export async function dispatch(
  raw: unknown,
  sender: SenderInfo,
  self: { id: string; pagesOrigin: string },
  handlers: Handlers,
): Promise<Reply> {
  if (sender.id !== self.id) return { ok: false, error: 'message from outside Backstory refused' };
  const parsed = v.safeParse(requestSchema, raw);
  if (!parsed.success) return { ok: false, error: `malformed message: ${describeIssues(parsed.issues)}` };
  const request = parsed.output;
  if (EXTENSION_PAGES_ONLY.has(request.type) && !sender.url?.startsWith(self.pagesOrigin)) {
    return { ok: false, error: `${request.type} is accepted only from Backstory's own pages` };
  }
  const handler = handlers[request.type] as
    ((request: Request, sender: SenderInfo) => Promise<ResponseMap[RequestType]>) | undefined;
  if (!handler) return { ok: false, error: `no handler for ${request.type} here` };
  try {
    return { ok: true, value: await handler(request, sender) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/** Unwraps a reply, turning an error reply (or no reply at all) into an exception. */
export function unwrapReply<T extends keyof ResponseMap>(reply: unknown, type: T): ResponseMap[T] {
  if (reply && typeof reply === 'object' && 'ok' in reply) {
    const typed = reply as Reply<T>;
    if (typed.ok) return typed.value;
    throw new Error(typed.error);
  }
  throw new Error(`no answer to ${type}`);
}

/** The fields each request to a page may carry besides its type. */
const PAGE_REQUEST_FIELDS: { [T in PageRequestType]: readonly string[] } = {
  getPageMentions: [],
  getScanStats: [],
  getPageInfo: [],
  showCardAtSelection: [],
  settingsChanged: ['settings'],
};

/**
 * The content script's side of the protocol: the same checks as `dispatch` (sender, shape,
 * type), written out by hand because its requests are bare types, so that every page does
 * not load and build the schema library.
 */
export async function dispatchPageRequest(
  raw: unknown,
  sender: SenderInfo,
  self: { id: string },
  handlers: { [T in PageRequestType]: (request: Record<string, unknown>) => Promise<PageResponses[T]> },
): Promise<Reply<PageRequestType>> {
  if (sender.id !== self.id) return { ok: false, error: 'message from outside Backstory refused' };
  const request =
    raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const type = request.type;
  if (typeof type !== 'string') return { ok: false, error: 'malformed message: it has no type' };
  if (!Object.hasOwn(PAGE_REQUEST_FIELDS, type)) return { ok: false, error: `no handler for ${type} here` };
  const allowed: readonly string[] = PAGE_REQUEST_FIELDS[type as PageRequestType];
  const stray = Object.keys(request).find((key) => key !== 'type' && !allowed.includes(key));
  if (stray !== undefined) return { ok: false, error: `malformed message: ${type} takes no field ${stray}` };
  try {
    return { ok: true, value: await handlers[type as PageRequestType](request) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/** The part of the extension API that messages go through: the browser's own, or a fake. */
export interface MessagePorts {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  tabs?: { sendMessage(tabId: number, message: unknown, options?: { frameId?: number }): Promise<unknown> };
}

/** How every part of Backstory sends a message: typed by the request, answered or not. */
export interface MessageClient {
  /** A request to the background; its answer, or an exception with the background's reason. */
  ask<T extends RequestType>(request: RequestOf<T>): Promise<BackgroundResponses[T]>;
  /** A request to the background whose answer nobody waits for (a failure is dropped). */
  tell(request: Request): void;
  /** A request to the content script of a tab (its top frame, or `frameId`; every frame if null). */
  askTab<T extends PageRequestType>(
    tabId: number,
    request: Extract<PageRequest, { type: T }>,
    frameId?: number | null,
  ): Promise<PageResponses[T]>;
}

export function messageClient(ports: MessagePorts): MessageClient {
  return {
    ask: async (request) => unwrapReply(await ports.runtime.sendMessage(request), request.type),
    tell: (request) => void ports.runtime.sendMessage(request).catch(() => undefined),
    askTab: async (tabId, request, frameId = 0) => {
      if (!ports.tabs) throw new Error('no tabs here to send to');
      const sent =
        frameId === null
          ? ports.tabs.sendMessage(tabId, request)
          : ports.tabs.sendMessage(tabId, request, { frameId });
      return unwrapReply(await sent, request.type);
    },
  };
}
