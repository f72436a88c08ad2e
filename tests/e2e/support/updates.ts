// Dataset updates for the end-to-end tests: a build of the extension that checks a server on
// 127.0.0.1 and trusts a key made for the run, that server, and the updates it serves (one
// valid, with a company only it has, and one of each kind the extension must refuse).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { categoryMask } from '../../../lib/dataset/categories';
import { decodeDatasetFile, encodeDatasetFile } from '../../../lib/dataset/file';
import { parseAliasFile } from '../../../lib/dataset/schema';
import { compileDictionary } from '../../../lib/matcher/dictionary';
import { generateUpdateKey, packageUpdate, UPDATE_FILES } from '../../../scripts/lib/update-package';
import { REPO_ROOT } from '../../../scripts/shared-dir';

/** The port the test build checks (fixed at build time, like the real address). */
export const UPDATE_PORT = 47615;
export const UPDATE_ADDRESS = `http://127.0.0.1:${UPDATE_PORT}/v1/`;
export const UPDATE_OUT_DIR = resolve(REPO_ROOT, '.output-updates');
/** A company only the update has, and a page that names it. */
export const NEW_COMPANY = { id: 'quillfeather-analytics', name: 'Quillfeather Analytics' };
export const NEW_COMPANY_PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>Contracts</title></head>
<body><p>The agency signed a data contract with Quillfeather Analytics last spring.</p></body></html>`;
export const UPDATE_VERSION = 'e2e0000000000001';
const BUNDLED_ISSUED = (
  JSON.parse(readFileSync(resolve(REPO_ROOT, 'data/release.json'), 'utf8')) as { issued: string }
).issued;
/** An hour after the packaged dataset: newer than it. */
const NEWER = new Date(Date.parse(BUNDLED_ISSUED) + 3600_000).toISOString();

export type Keys = Awaited<ReturnType<typeof generateUpdateKey>>;

/** Builds the extension for `browser` to check UPDATE_ADDRESS and trust `publicKey`. */
export function buildForUpdates(browser: 'chrome' | 'firefox', publicKey: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'backstory-update-key-'));
  const keyFile = join(dir, 'update-key.pub');
  writeFileSync(keyFile, `${publicKey}\n`);
  execFileSync('npx', ['wxt', 'build', ...(browser === 'firefox' ? ['-b', 'firefox'] : [])], {
    cwd: REPO_ROOT,
    stdio: 'ignore',
    env: {
      ...process.env,
      BACKSTORY_UPDATE_URL: UPDATE_ADDRESS,
      BACKSTORY_UPDATE_KEY_FILE: keyFile,
      BACKSTORY_UPDATE_TIMEOUT_MS: '3000',
      BACKSTORY_OUT_DIR: UPDATE_OUT_DIR,
      ...(browser === 'chrome' ? { BACKSTORY_UPDATE_HOST_GRANTED: '1' } : {}),
    },
  });
  return join(UPDATE_OUT_DIR, browser === 'firefox' ? 'firefox-mv2' : 'chrome-mv3');
}

/** The packaged data with one company more, as an update would bring it. */
function updatedData(): { datasetJson: Uint8Array; dictionary: Uint8Array } {
  const dataset = decodeDatasetFile(
    JSON.parse(readFileSync(resolve(REPO_ROOT, 'data/dataset.json'), 'utf8')),
  );
  dataset.meta = { ...dataset.meta, version: UPDATE_VERSION };
  dataset.companies = [...dataset.companies, { ...NEW_COMPANY, recipientNames: [], domains: [] }];
  // One ICE award, so that it is about a category Backstory shows (an invented record: test data only).
  const award = dataset.awards.find((a) => a.agency === 'ICE' && a.dataset === 'usaspending')!;
  dataset.awards = [
    ...dataset.awards,
    { ...award, companyId: NEW_COMPANY.id, recipientName: 'QUILLFEATHER ANALYTICS LLC', awardId: 'E2E0001' },
  ];
  const aliases = parseAliasFile(JSON.parse(readFileSync(resolve(REPO_ROOT, 'data/aliases.json'), 'utf8')));
  aliases.version = UPDATE_VERSION;
  aliases.companies[NEW_COMPANY.id] = {
    name: NEW_COMPANY.name,
    domains: [],
    categories: categoryMask(['immigration']),
  };
  aliases.aliases = [
    ...aliases.aliases,
    { text: NEW_COMPANY.name, companyId: NEW_COMPANY.id, ambiguous: false },
  ];
  return {
    datasetJson: new TextEncoder().encode(JSON.stringify(encodeDatasetFile(dataset))),
    dictionary: compileDictionary(aliases),
  };
}

/** Files by name, and how the server answers some of them. */
export interface Served {
  files: Map<string, Uint8Array>;
  /** A status instead of the file, or a delay (ms) before answering. */
  status?: Record<string, number>;
  delayMs?: Record<string, number>;
}

/** Every update the tests serve, by what it is. */
export async function updateScenarios(key: Keys): Promise<Record<string, Served>> {
  const data = updatedData();
  const make = async (over: { issued?: string; privatePem?: string } = {}) =>
    (
      await packageUpdate({
        ...data,
        datasetVersion: UPDATE_VERSION,
        issued: over.issued ?? NEWER,
        extension: { min: '0.1.0', below: '99.0.0' },
        privatePem: over.privatePem ?? key.privatePem,
      })
    ).files;
  const valid = await make();
  const other = await generateUpdateKey();
  const tampered = new Uint8Array(valid.get(UPDATE_FILES.dataset)!);
  tampered[1000] = tampered[1000]! ^ 0xff;
  const dataset = valid.get(UPDATE_FILES.dataset)!;
  return {
    valid: { files: valid },
    tampered: { files: new Map([...valid, [UPDATE_FILES.dataset, tampered]]) },
    wrongKey: { files: await make({ privatePem: other.privatePem }) },
    older: { files: await make({ issued: '2020-01-01T00:00:00.000Z' }) },
    truncated: {
      files: new Map([
        ...valid,
        [UPDATE_FILES.dictionary, valid.get(UPDATE_FILES.dictionary)!.slice(0, 5000)],
      ]),
    },
    oversized: {
      files: new Map([
        ...valid,
        [UPDATE_FILES.dataset, new Uint8Array([...dataset, ...new Uint8Array(4096)])],
      ]),
    },
    slow: { files: valid, delayMs: { 'manifest.json': 6000 } },
    serverError: { files: valid, status: { 'manifest.json': 500 } },
  };
}

export interface UpdateServer {
  /** Every path asked for, in order. */
  requests: string[];
  serve(served: Served): void;
  close(): Promise<void>;
}

export async function startUpdateServer(): Promise<UpdateServer> {
  let current: Served = { files: new Map() };
  const requests: string[] = [];
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    requests.push(path);
    const name = path.replace(/^\/v1\//, '');
    const answer = () => {
      const status = current.status?.[name];
      const body = current.files.get(name);
      if (status || !body) {
        response.writeHead(status ?? 404, { 'access-control-allow-origin': '*' });
        response.end('no');
        return;
      }
      response.writeHead(200, {
        'content-type': 'application/octet-stream',
        'content-length': String(body.byteLength),
        'access-control-allow-origin': '*',
      });
      response.end(body);
    };
    const delay = current.delayMs?.[name];
    if (delay) setTimeout(answer, delay);
    else answer();
  });
  await new Promise<void>((done) => server.listen(UPDATE_PORT, '127.0.0.1', done));
  return {
    requests,
    serve: (served) => void (current = served),
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

/**
 * Every http(s) address the extension itself asked for, from Chromium's own network log
 * (`--log-net-log`): each request names its initiator, and Backstory's are those of its
 * origin, its pages and its service worker alike. Its own packaged files are not requests
 * that leave the browser, and are left out.
 */
export function extensionRequests(netLogFile: string, extensionId: string): string[] {
  const origin = `"initiator":"chrome-extension://${extensionId}"`;
  const urls: string[] = [];
  for (const line of readFileSync(netLogFile, 'utf8').split('\n')) {
    if (!line.includes(origin)) continue;
    const url = /"url":"(https?:[^"]*)"/.exec(line)?.[1];
    if (url) urls.push(url);
  }
  return urls;
}

/** A report both browsers' tests save first; every update, applied or refused, must keep it. */
export const SURVIVING_REPORT = {
  companyId: 'palantir',
  companyName: 'Palantir',
  kind: 'worker-action',
  date: '2025-05-01',
  description: 'A report that must outlive every dataset update.',
  sourceUrl: 'https://example.org/report',
};

/** Each bad update the tests serve, and the reason the options page must give for it. */
export const REFUSALS: [string, RegExp][] = [
  ['tampered', /dataset\.json\.gz does not match its manifest's checksum/],
  ['wrongKey', /its signature is not the project's/],
  ['older', /it is not newer than the dataset in use/],
  ['truncated', /dictionary\.bin\.gz does not have the size its manifest states/],
  ['oversized', /dataset\.json\.gz is larger than allowed/],
  ['slow', /the server took too long to answer/],
  ['serverError', /the server answered with status 500/],
];
