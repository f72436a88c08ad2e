// npm run -s data:stats: the committed dataset's figures as one JSON object.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { decodeDatasetFile } from '../lib/dataset/file.ts';
import { parseAliasFile } from '../lib/dataset/schema.ts';
import { datasetStats } from '../lib/dataset/stats.ts';
import { REPO_ROOT } from './shared-dir.ts';

const read = (name: string): unknown => JSON.parse(readFileSync(resolve(REPO_ROOT, 'data', name), 'utf8'));
console.log(
  JSON.stringify(datasetStats(decodeDatasetFile(read('dataset.json')), parseAliasFile(read('aliases.json')))),
);
