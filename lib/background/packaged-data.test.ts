import 'fake-indexeddb/auto';
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { openDB } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import { datasetToLoad, encodeDatasetFile } from '../dataset/file';
import type { Dataset } from '../dataset/schema';
import { BUCKETS, DB_NAME, datasetInfo, loadDataset, updateDictionary } from '../db/database';
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

const bundle = (issued = '2026-12-01T00:00:00.000Z') =>
  packaged({
    '/dataset-version.json': JSON.stringify({ version: 'packaged-1', issued }),
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

  it('takes the build’s validation only for the bytes the build hashed', async () => {
    // A file the schema refuses (an award id that is a number), packed as a build never would.
    const file = encodeDatasetFile({
      ...dataset,
      awards: [
        {
          companyId: 'ibm',
          recipientName: 'IBM',
          agency: 'ICE',
          awardId: 'A1',
          generatedAwardId: null,
          obligatedUSD: 5,
          firstActionDate: '2020-01-01',
          lastActionDate: null,
          productOrService: 'Databases',
          naics: 'IT',
          description: 'Case management',
          dataset: 'usaspending',
        },
      ],
    }) as { awards: { rows: unknown[][] } };
    file.awards.rows[0]![3] = 42;
    const gzipped = gzipSync(JSON.stringify(file));
    const sha256 = createHash('sha256').update(gzipped).digest('hex');
    const version = (hash: string) =>
      JSON.stringify({ version: 'packaged-1', issued: '2026-12-01T00:00:00.000Z', sha256: hash });
    const unhashed = packaged({
      '/dataset-version.json': version('0'.repeat(64)),
      '/dataset.json.gz': gzipped,
    });
    await expect(prepareDatabase(unhashed.fetchFile)).rejects.toThrow(/Invalid dataset: awards\.0\.awardId/);
    const hashed = packaged({ '/dataset-version.json': version(sha256), '/dataset.json.gz': gzipped });
    const db = await prepareDatabase(hashed.fetchFile);
    expect((await datasetInfo(db))?.counts.awards).toBe(1);
    db.close();
  });

  it('moves a version 3 database to out-of-line keys and loads the dataset again, keeping the reports', async () => {
    const report = {
      id: 'r3',
      companyId: 'ibm',
      companyName: 'IBM',
      kind: 'contract' as const,
      date: '2025-01-01',
      description: 'Kept through the move.',
      sourceUrl: 'https://example.org/',
      createdAt: '2025-01-01T00:00:00.000Z',
    };
    const old = await openDB(DB_NAME, 3, {
      upgrade(db) {
        db.createObjectStore('buckets', { keyPath: 'bucket' });
        db.createObjectStore('directory', { keyPath: 'key' });
        db.createObjectStore('actions', { keyPath: 'id' }).createIndex('byCompany', 'companyIds', {
          multiEntry: true,
        });
        db.createObjectStore('reports', { keyPath: 'id' }).createIndex('byCompany', 'companyId');
        db.createObjectStore('meta', { keyPath: 'key' });
        db.createObjectStore('police', { keyPath: 'key' });
        db.createObjectStore('files', { keyPath: 'key' });
      },
    });
    await old.put('reports', report);
    await old.put('meta', { key: 'dataset', meta: { version: 'packaged-1' }, counts: { actions: 0 } });
    old.close();
    const start = bundle();
    const db = await prepareDatabase(start.fetchFile);
    expect(start.fetched).toContain('/dataset.json.gz');
    expect(await db.count('buckets')).toBe(BUCKETS);
    expect(await listReports(db)).toEqual([report]);
    db.close();
  });

  it('names the packaged file it could not read', async () => {
    const missing = packaged({ '/dataset-version.json': JSON.stringify({ version: 'packaged-1' }) });
    await expect(prepareDatabase(missing.fetchFile)).rejects.toThrow('/dataset.json.gz: 404');
  });

  describe('with a downloaded update', () => {
    const report = {
      id: 'r2',
      companyId: 'ibm',
      companyName: 'IBM',
      kind: 'contract' as const,
      date: '2025-01-01',
      description: 'Kept through every swap.',
      sourceUrl: 'https://example.org/',
      createdAt: '2025-01-01T00:00:00.000Z',
    };
    const update = datasetToLoad({ ...dataset, meta: { ...dataset.meta, version: 'update-2' } });
    const dictionary = new Uint8Array([1, 2, 3]).buffer;
    const applyUpdate = async (issued: string) => {
      const db = await prepareDatabase(bundle().fetchFile);
      await saveReport(db, report);
      await loadDataset(db, update, undefined, false, { source: 'update', issued, dictionary });
      expect(new Uint8Array((await updateDictionary(db))!)).toEqual(new Uint8Array([1, 2, 3]));
      db.close();
    };

    it('keeps it while it is newer than the packaged dataset', async () => {
      await applyUpdate('2026-12-05T00:00:00.000Z');
      const start = bundle();
      const db = await prepareDatabase(start.fetchFile);
      expect(start.fetched).toEqual(['/dataset-version.json']);
      expect((await datasetInfo(db))?.meta.version).toBe('update-2');
      expect(await listReports(db)).toEqual([report]);
      db.close();
    });

    it('goes back to a newer packaged dataset, and drops the update’s dictionary', async () => {
      await applyUpdate('2026-12-05T00:00:00.000Z');
      const db = await prepareDatabase(bundle('2026-12-09T00:00:00.000Z').fetchFile);
      const info = await datasetInfo(db);
      expect([info?.meta.version, info?.source, info?.issued]).toEqual([
        'packaged-1',
        'bundled',
        '2026-12-09T00:00:00.000Z',
      ]);
      expect(await updateDictionary(db)).toBeUndefined();
      expect(await listReports(db)).toEqual([report]);
      db.close();
    });
  });
});
