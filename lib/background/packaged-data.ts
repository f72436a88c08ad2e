// The data packaged with the extension, as the background reads it: the dataset (gzipped),
// its version file, the dictionary; and the step that brings IndexedDB up to the packaged
// dataset at the first use after a start.
import { decodeDatasetFile } from '../dataset/file';
import {
  datasetIntact,
  loadDataset,
  loadedDatasetVersion,
  openDatabase,
  type Database,
} from '../db/database';

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
    /** A gzipped JSON file, unpacked as it is read. */
    gzippedJson: async (path: string): Promise<unknown> => {
      const body = (await file(path)).body;
      if (!body) throw new Error(`${path}: empty`);
      return new Response(body.pipeThrough(new DecompressionStream('gzip'))).json();
    },
  };
}

/**
 * Loads the packaged dataset when IndexedDB holds another version (first install, an
 * update, or a load that never finished), or holds it damaged (its stores no longer hold
 * what its version record counted). The dataset is validated before a single record is
 * written, and written in one transaction; the user's reports are never part of it.
 */
export async function prepareDatabase(fetchFile: FetchPackaged): Promise<Database> {
  const startedAt = performance.now();
  const files = packagedFiles(fetchFile);
  const db = await openDatabase();
  const [loaded, packagedVersion] = await Promise.all([
    loadedDatasetVersion(db),
    files.json('/dataset-version.json') as Promise<{ version: string }>,
  ]);
  const damaged = loaded === packagedVersion.version && !(await datasetIntact(db));
  if (loaded !== packagedVersion.version || damaged) {
    if (damaged) console.warn('Backstory: the stored dataset was damaged; loading it again');
    await loadDataset(db, decodeDatasetFile(await files.gzippedJson('/dataset.json.gz')), startedAt, damaged);
  }
  return db;
}
