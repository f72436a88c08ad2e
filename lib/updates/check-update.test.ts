import { webcrypto } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  generateUpdateKey,
  packageUpdate,
  signedManifest,
  UPDATE_FILES,
} from '../../scripts/lib/update-package';
import { checkForUpdate, MANIFEST_FILE, SIGNATURE_FILE, type CheckDeps } from './check-update';
import { MAX_UPDATE_FILE_BYTES } from './manifest';

const BASE = 'https://updates.example/backstory/';
const ISSUED = '2026-12-01T00:00:00.000Z';
const encoder = new TextEncoder();

let key: Awaited<ReturnType<typeof generateUpdateKey>>;
let other: Awaited<ReturnType<typeof generateUpdateKey>>;
beforeAll(async () => {
  key = await generateUpdateKey();
  other = await generateUpdateKey();
});

const publish = (over: { issued?: string; version?: string; privatePem?: string; below?: string } = {}) =>
  packageUpdate({
    datasetJson: encoder.encode(
      JSON.stringify({ meta: { version: over.version ?? 'bbbbbbbb' }, records: [1, 2] }),
    ),
    dictionary: encoder.encode('BKSD dictionary bytes'),
    datasetVersion: over.version ?? 'bbbbbbbb',
    issued: over.issued ?? '2026-12-04T00:00:00.000Z',
    extension: { min: '0.1.0', below: over.below ?? '0.2.0' },
    privatePem: over.privatePem ?? key.privatePem,
  });

/** A server of `files`; a path may instead answer with a status or never. */
function serve(files: Map<string, Uint8Array>, special: Record<string, number | 'hang'> = {}) {
  const asked: string[] = [];
  const fetch = (url: string, init: RequestInit) => {
    const name = url.slice(BASE.length);
    asked.push(name);
    const rule = special[name];
    if (rule === 'hang')
      return new Promise<Response>((_, reject) =>
        init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
      );
    if (typeof rule === 'number') return Promise.resolve(new Response('no', { status: rule }));
    const body = files.get(name);
    return Promise.resolve(body ? new Response(body as BodyInit) : new Response('missing', { status: 404 }));
  };
  return { fetch, asked };
}

async function check(files: Map<string, Uint8Array>, over: Partial<CheckDeps<unknown>> = {}) {
  const applied: unknown[] = [];
  const result = await checkForUpdate({
    baseUrl: BASE,
    publicKey: key.publicBase64,
    extensionVersion: '0.1.0',
    current: { version: 'aaaaaaaa', issued: ISSUED },
    fetch: serve(files).fetch,
    subtle: webcrypto.subtle as SubtleCrypto,
    gunzip: async (bytes) => new Uint8Array(gunzipSync(bytes)),
    validate: (json, dictionary, manifest): unknown => {
      const meta = (json as { meta: { version: string } }).meta;
      if (meta.version !== manifest.dataset) throw new Error('dataset version differs from the manifest');
      return { json, dictionary };
    },
    apply: async (checked) => void applied.push(checked),
    ...over,
  });
  return { result, applied };
}

describe('checkForUpdate', () => {
  it('applies a signed, newer update made for this extension', async () => {
    const { files } = await publish();
    const { result, applied } = await check(files);
    expect(result).toEqual({ outcome: 'applied', version: 'bbbbbbbb', issued: '2026-12-04T00:00:00.000Z' });
    expect(applied).toHaveLength(1);
  });

  it('says it is up to date when the update is the dataset in use', async () => {
    const { files } = await publish({ version: 'aaaaaaaa' });
    expect((await check(files)).result.outcome).toBe('upToDate');
  });

  const refusedWith = async (files: Map<string, Uint8Array>, over: Partial<CheckDeps<unknown>> = {}) => {
    const { result, applied } = await check(files, over);
    expect(applied).toHaveLength(0);
    return result.outcome === 'refused' ? result.refusal : undefined;
  };

  it('refuses a manifest changed by one byte, or signed by another key', async () => {
    const { files } = await publish();
    const manifest = new Uint8Array(files.get(MANIFEST_FILE)!);
    manifest[manifest.indexOf('2'.charCodeAt(0))] = '3'.charCodeAt(0);
    expect(await refusedWith(new Map([...files, [MANIFEST_FILE, manifest]]))).toEqual({
      reason: 'badSignature',
    });
    const forged = await publish({ privatePem: other.privatePem });
    expect(await refusedWith(forged.files)).toEqual({ reason: 'badSignature' });
    expect(
      await refusedWith(new Map([...files, [SIGNATURE_FILE, encoder.encode('not a signature')]])),
    ).toEqual({
      reason: 'badSignature',
    });
  });

  it('refuses an older update (no rollback) and one made for other extension versions', async () => {
    const older = await publish({ issued: '2026-11-01T00:00:00.000Z' });
    expect((await refusedWith(older.files))?.reason).toBe('notNewer');
    const same = await publish({ issued: ISSUED });
    expect((await refusedWith(same.files))?.reason).toBe('notNewer');
    const later = await publish({ below: '0.1.0' });
    expect((await refusedWith(later.files))?.reason).toBe('wrongExtension');
  });

  it('refuses a file changed by one byte, cut short, or longer than its manifest says', async () => {
    const { files } = await publish();
    const tampered = new Uint8Array(files.get(UPDATE_FILES.dataset)!);
    tampered[20] = tampered[20]! ^ 1;
    expect(await refusedWith(new Map([...files, [UPDATE_FILES.dataset, tampered]]))).toEqual({
      reason: 'hashMismatch',
      file: UPDATE_FILES.dataset,
    });
    const truncated = files.get(UPDATE_FILES.dictionary)!.slice(0, 10);
    expect(await refusedWith(new Map([...files, [UPDATE_FILES.dictionary, truncated]]))).toEqual({
      reason: 'sizeMismatch',
      file: UPDATE_FILES.dictionary,
    });
    const longer = new Uint8Array([...files.get(UPDATE_FILES.dataset)!, 0, 0, 0]);
    expect((await refusedWith(new Map([...files, [UPDATE_FILES.dataset, longer]])))?.reason).toBe('tooLarge');
  });

  it('refuses a manifest that announces a file above the limit, before fetching it', async () => {
    const { files, manifest } = await publish();
    const dataset = { ...manifest.files.dataset, bytes: MAX_UPDATE_FILE_BYTES + 1 };
    const big = { ...manifest, files: { ...manifest.files, dataset } };
    const served = serve(new Map([...files, ...(await signedManifest(big, key.privatePem))]));
    const { result } = await check(new Map(), { fetch: served.fetch });
    expect(result).toMatchObject({ outcome: 'refused', refusal: { reason: 'tooLarge', file: 'dataset' } });
    expect(served.asked).toEqual([MANIFEST_FILE, SIGNATURE_FILE]);
  });

  it('refuses a dataset its schema refuses, and keeps the reason', async () => {
    const { files } = await publish();
    const refusal = await refusedWith(files, {
      validate: () => {
        throw new Error('Invalid dataset: companies missing');
      },
    });
    expect(refusal).toEqual({ reason: 'badDataset', detail: 'Invalid dataset: companies missing' });
  });

  it('gives up on a slow server and on an error status', async () => {
    const { files } = await publish();
    expect(
      await refusedWith(files, {
        fetch: serve(files, { [UPDATE_FILES.dataset]: 'hang' }).fetch,
        timeoutMs: 50,
      }),
    ).toEqual({
      reason: 'timeout',
    });
    expect(await refusedWith(files, { fetch: serve(files, { [MANIFEST_FILE]: 500 }).fetch })).toEqual({
      reason: 'http',
      status: 500,
    });
  });
});
