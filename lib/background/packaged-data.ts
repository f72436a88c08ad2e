// The data packaged with the extension, as the background reads it: the dataset (gzipped),
// its version file, the dictionary; and the step that brings IndexedDB up to the packaged
// dataset at the first use after a start.
import { decodeDatasetFileToLoad } from '../dataset/file';
import { datasetIntact, loadDataset, openDatabase, type Database } from '../db/database';
import { gunzip, parseJsonBytes } from './gunzip';

/** Reads a packaged file: the extension's own `fetch` of its URL, or a fake in tests. */
export type FetchPackaged = (path: string) => Promise<Response>;

/** A packaged file fetched through `fetchFile`; a missing one is an error that names it. */
export function packagedFiles(fetchFile: FetchPackaged) {
  const file = async (path: string) => {
    const response = await fetchFile(path);
    if (!response.ok) throw new Error(`${path}: ${response.status}`);
    return response;
  };
  return {
    file,
    json: async (path: string): Promise<unknown> => (await file(path)).json(),
    bytes: async (path: string) => new Uint8Array(await (await file(path)).arrayBuffer()),
  };
}

/**
 * dataset-version.json: the packaged dataset's version, when it was issued (data/release.json),
 * and the SHA-256 (hex) of dataset.json.gz, whose contents the build validated.
 */
export interface PackagedVersion {
  version: string;
  issued: string;
  sha256?: string;
}

async function sha256Hex(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The packaged dataset, decoded. Validated again only when its bytes are not the ones the
 * build validated, which only a damaged install gives.
 */
async function readPackagedDataset(files: ReturnType<typeof packagedFiles>, packaged: PackagedVersion) {
  const gzipped = await files.bytes('/dataset.json.gz');
  const [hash, json] = await Promise.all([sha256Hex(gzipped), gunzip(gzipped).then(parseJsonBytes)]);
  return decodeDatasetFileToLoad(json, { validated: hash === packaged.sha256 });
}

/**
 * Loads the packaged dataset when IndexedDB holds another version (first install, an
 * update, or a load that never finished), or holds it damaged (its stores no longer hold
 * what its version record counted). A downloaded dataset update stays in use only while it
 * is newer than the packaged one: an extension update that ships newer data goes back to
 * it, an older packaged dataset never replaces a newer download. The dataset is validated
 * before a single record is written (by the build, for the packaged file it checked), and
 * written in one transaction; the user's reports are never part of it.
 */
export async function prepareDatabase(fetchFile: FetchPackaged): Promise<Database> {
  const startedAt = performance.now();
  const files = packagedFiles(fetchFile);
  const db = await openDatabase();
  try {
    return await bringUpToDate(db, files, startedAt);
  } catch (error) {
    // Closed, so that the next attempt (or a deletion) is not blocked by this connection.
    db.close();
    throw error;
  }
}

async function bringUpToDate(
  db: Database,
  files: ReturnType<typeof packagedFiles>,
  startedAt: number,
): Promise<Database> {
  const [loaded, packaged] = await Promise.all([
    db.get('meta', 'dataset'),
    files.json('/dataset-version.json') as Promise<PackagedVersion>,
  ]);
  const intact = loaded !== undefined && (await datasetIntact(db));
  const download = loaded?.source === 'update' && intact && (loaded.issued ?? '') > (packaged.issued ?? '');
  if (download) return db;
  const current = loaded?.meta.version === packaged.version && loaded.source !== 'update';
  if (!current || !intact) {
    if (current && !intact) console.warn('Backstory: the stored dataset was damaged; loading it again');
    await loadDataset(db, await readPackagedDataset(files, packaged), startedAt, true, {
      source: 'bundled',
      issued: packaged.issued ?? '',
    });
  }
  return db;
}
