// One dataset-update check as the background makes it: lib/updates/check-update.ts with the
// browser's fetch, WebCrypto and gzip, the packaged dataset's own checks (schema, dictionary
// format), and the swap: the dataset and its dictionary written in one transaction (user
// reports untouched), then the dictionary in memory replaced.
import { decodeDatasetFileToLoad, type DatasetToLoad } from '../dataset/file';
import { loadDataset, type Database } from '../db/database';
import { loadDictionary, type Dictionary } from '../matcher/dictionary';
import { checkForUpdate, type CheckResult } from '../updates/check-update';
import type { Fetch } from '../updates/fetch-limited';
import { UPDATE_ADDRESS, UPDATE_PUBLIC_KEY, UPDATE_TIMEOUT_MS } from '../updates/update-config';
import { gunzip } from './gunzip';

interface Checked {
  dataset: DatasetToLoad;
  dictionary: Dictionary;
  bytes: ArrayBuffer;
}

export function updateCheck(deps: {
  database: () => Promise<Database>;
  fetch: Fetch;
  extensionVersion: string;
  swapDictionary: (dictionary: Dictionary) => void;
}): () => Promise<CheckResult> {
  return async () => {
    const db = await deps.database();
    const loaded = await db.get('meta', 'dataset');
    return checkForUpdate<Checked>({
      baseUrl: UPDATE_ADDRESS,
      publicKey: UPDATE_PUBLIC_KEY,
      extensionVersion: deps.extensionVersion,
      current: { version: loaded?.meta.version ?? '', issued: loaded?.issued ?? '' },
      fetch: deps.fetch,
      timeoutMs: UPDATE_TIMEOUT_MS,
      subtle: crypto.subtle,
      gunzip,
      validate: (json, bytes, manifest) => {
        const dataset = decodeDatasetFileToLoad(json, { validated: false });
        const dictionary = loadDictionary(bytes);
        if (dataset.meta.version !== manifest.dataset || dictionary.version !== manifest.dataset)
          throw new Error('the files are not the dataset the manifest names');
        return { dataset, dictionary, bytes };
      },
      apply: async ({ dataset, dictionary, bytes }, manifest) => {
        await loadDataset(db, dataset, performance.now(), true, {
          source: 'update',
          issued: manifest.issued,
          dictionary: bytes,
        });
        deps.swapDictionary(dictionary);
      },
    });
  };
}
