import 'fake-indexeddb/auto';
import { gzipSync } from 'node:zlib';
import { beforeEach, describe, expect, it } from 'vitest';
import { encodeDatasetFile } from '../dataset/file';
import type { Dataset } from '../dataset/schema';
import { DB_NAME, datasetInfo } from '../db/database';
import { listReports, saveReport } from '../db/reports';
import { prepareDatabase } from './packaged-data';

const dataset: Dataset = {
  meta: { version: 'packaged-1', caveats: [], credits: [] },
  companies: [{ id: 'ibm', name: 'IBM', recipientNames: [], domains: [] }],
  awards: [],
  actions: [],
  dodContractors: [],
  reportedContracts: [],
  policeAgencies: [],
  parentLinks: [],
  policeRecords: [],
};

/** The extension's packaged files, as its own fetch would give them. */
function packaged(files: Record<string, Uint8Array | string>) {
  const fetched: string[] = [];
  const fetchFile = async (path: string) => {
    fetched.push(path);
    const body = files[path];
    return body === undefined ? new Response('not found', { status: 404 }) : new Response(body as BodyInit);
  };
  return { fetchFile, fetched };
}

const bundle = () =>
  packaged({
    '/dataset-version.json': JSON.stringify({ version: 'packaged-1' }),
    '/dataset.json.gz': gzipSync(JSON.stringify(encodeDatasetFile(dataset))),
  });

beforeEach(() => {
  indexedDB.deleteDatabase(DB_NAME);
});

describe('prepareDatabase', () => {
  it('loads the gzipped bundled dataset once, and only reads its version after', async () => {
    const first = bundle();
    const db = await prepareDatabase(first.fetchFile);
    expect((await datasetInfo(db))?.meta.version).toBe('packaged-1');
    expect(first.fetched).toEqual(['/dataset-version.json', '/dataset.json.gz']);
    db.close();
    const again = bundle();
    (await prepareDatabase(again.fetchFile)).close();
    expect(again.fetched).toEqual(['/dataset-version.json']);
  });

  it('loads it again when its stores were emptied under an intact version, keeping the reports', async () => {
    const db = await prepareDatabase(bundle().fetchFile);
    const report = {
      id: 'r1',
      companyId: 'ibm',
      companyName: 'IBM',
      kind: 'contract' as const,
      date: '2025-01-01',
      description: 'Kept through the reload.',
      sourceUrl: 'https://example.org/',
      createdAt: '2025-01-01T00:00:00.000Z',
    };
    await saveReport(db, report);
    await db.clear('buckets');
    db.close();
    const after = bundle();
    const reloaded = await prepareDatabase(after.fetchFile);
    expect(after.fetched).toContain('/dataset.json.gz');
    expect(await reloaded.count('buckets')).toBeGreaterThan(0);
    expect(await listReports(reloaded)).toEqual([report]);
    reloaded.close();
  });

  it('names the packaged file it could not read', async () => {
    const missing = packaged({ '/dataset-version.json': JSON.stringify({ version: 'packaged-1' }) });
    await expect(prepareDatabase(missing.fetchFile)).rejects.toThrow('/dataset.json.gz: 404');
  });
});
