// npm run data:publish -- --key FILE --out DIR [--below VERSION]: the built data/ as a signed
// dataset update, ready for any static host. DIR gets manifest.json (the dataset's version
// and issue time from data/release.json, the extension versions it fits, each file's size
// and SHA-256), manifest.json.sig (its detached Ed25519 signature) and the two files
// gzipped. The key must be the one whose public half the extension carries.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readRelease } from './build-data';
import { packageUpdate, publicKeyOf } from './lib/update-package';
import { REPO_ROOT } from './shared-dir';

/** The next minor version: an update fits the extension's own minor line by default. */
export function nextMinor(version: string): string {
  const [major = 0, minor = 0] = version.split('.').map(Number);
  return `${major}.${minor + 1}.0`;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { key: { type: 'string' }, out: { type: 'string' }, below: { type: 'string' } },
  });
  if (!values.key || !values.out) {
    console.error('usage: npm run data:publish -- --key FILE --out DIR [--below VERSION]');
    return 2;
  }
  const privatePem = readFileSync(values.key, 'utf8');
  const trusted = readFileSync(resolve(REPO_ROOT, 'data', 'update-key.pub'), 'utf8').trim();
  if ((await publicKeyOf(privatePem)) !== trusted) {
    console.error(
      `data:publish: ${values.key} is not the key of data/update-key.pub; the extension would refuse it`,
    );
    return 1;
  }
  const datasetJson = readFileSync(resolve(REPO_ROOT, 'data', 'dataset.json'));
  const version = (JSON.parse(datasetJson.toString('utf8')) as { meta: { version: string } }).meta.version;
  const release = readRelease(resolve(REPO_ROOT, 'data', 'release.json'));
  if (release?.dataset !== version) {
    console.error('data:publish: data/release.json does not name this dataset; run npm run data:build');
    return 1;
  }
  const extensionVersion = (
    JSON.parse(readFileSync(resolve(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }
  ).version;
  const update = await packageUpdate({
    datasetJson,
    dictionary: readFileSync(resolve(REPO_ROOT, 'data', 'dictionary.bin')),
    datasetVersion: version,
    issued: release.issued,
    extension: { min: extensionVersion, below: values.below ?? nextMinor(extensionVersion) },
    privatePem,
  });
  mkdirSync(values.out, { recursive: true });
  for (const [name, bytes] of update.files) writeFileSync(join(values.out, name), bytes);
  const total = [...update.files.values()].reduce((sum, b) => sum + b.byteLength, 0);
  console.error(
    `data:publish: wrote ${update.files.size} files (${Math.round(total / 1024)} KiB) to ${values.out}: dataset ${version}, issued ${release.issued}, for extension ${update.manifest.extension.min} to below ${update.manifest.extension.below}`,
  );
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) main().then((code) => process.exit(code));
