// A dataset update as the maintainers publish it (npm run data:publish) and as the tests
// serve it: the two data files gzipped, a manifest naming their sizes and SHA-256, and the
// manifest's detached Ed25519 signature. Node only.
import { webcrypto } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { UPDATE_FORMAT, type UpdateManifest } from '../../lib/updates/manifest';
import { MANIFEST_FILE, SIGNATURE_FILE } from '../../lib/updates/check-update';
import { sha256Hex } from '../../lib/updates/verify';

const subtle = webcrypto.subtle as SubtleCrypto;

export const UPDATE_FILES = { dataset: 'dataset.json.gz', dictionary: 'dictionary.bin.gz' } as const;

/** A new key pair: the private key as PKCS#8 PEM, the public one as base64 of its 32 raw bytes. */
export async function generateUpdateKey(): Promise<{ privatePem: string; publicBase64: string }> {
  const pair = (await subtle.generateKey({ name: 'Ed25519' }, true, ['sign', 'verify'])) as CryptoKeyPair;
  const pkcs8 = Buffer.from(await subtle.exportKey('pkcs8', pair.privateKey)).toString('base64');
  const raw = Buffer.from(await subtle.exportKey('raw', pair.publicKey)).toString('base64');
  const lines = pkcs8.match(/.{1,64}/g)!.join('\n');
  return {
    privatePem: `-----BEGIN PRIVATE KEY-----\n${lines}\n-----END PRIVATE KEY-----\n`,
    publicBase64: raw,
  };
}

async function importPrivateKey(pem: string): Promise<CryptoKey> {
  const body = pem.replace(/-----[A-Z ]+-----/g, '').replace(/\s+/g, '');
  return subtle.importKey('pkcs8', Buffer.from(body, 'base64'), { name: 'Ed25519' }, false, ['sign']);
}

/** The public key of a private one, to check it against the one the extension carries. */
export async function publicKeyOf(pem: string): Promise<string> {
  const body = pem.replace(/-----[A-Z ]+-----/g, '').replace(/\s+/g, '');
  const key = await subtle.importKey('pkcs8', Buffer.from(body, 'base64'), { name: 'Ed25519' }, true, [
    'sign',
  ]);
  const jwk = await subtle.exportKey('jwk', key);
  return Buffer.from(jwk.x!, 'base64url').toString('base64');
}

/** The manifest's bytes and their detached signature, by file name. */
export async function signedManifest(
  manifest: UpdateManifest,
  privatePem: string,
): Promise<Map<string, Uint8Array>> {
  const manifestBytes = new TextEncoder().encode(`${JSON.stringify(manifest, null, 2)}\n`);
  const key = await importPrivateKey(privatePem);
  const signature = Buffer.from(await subtle.sign({ name: 'Ed25519' }, key, manifestBytes)).toString(
    'base64',
  );
  return new Map([
    [MANIFEST_FILE, manifestBytes],
    [SIGNATURE_FILE, new TextEncoder().encode(`${signature}\n`)],
  ]);
}

export interface UpdatePackage {
  /** File name → bytes, the manifest and its signature included. */
  files: Map<string, Uint8Array>;
  manifest: UpdateManifest;
}

export async function packageUpdate(options: {
  datasetJson: Uint8Array;
  dictionary: Uint8Array;
  datasetVersion: string;
  issued: string;
  extension: { min: string; below: string };
  privatePem: string;
}): Promise<UpdatePackage> {
  const dataset = new Uint8Array(gzipSync(options.datasetJson, { level: 9 }));
  const dictionary = new Uint8Array(gzipSync(options.dictionary, { level: 9 }));
  const entry = async (path: string, bytes: Uint8Array<ArrayBuffer>) => ({
    path,
    bytes: bytes.byteLength,
    sha256: await sha256Hex(subtle, bytes),
  });
  const manifest: UpdateManifest = {
    format: UPDATE_FORMAT,
    dataset: options.datasetVersion,
    issued: options.issued,
    extension: options.extension,
    files: {
      dataset: await entry(UPDATE_FILES.dataset, dataset),
      dictionary: await entry(UPDATE_FILES.dictionary, dictionary),
    },
  };
  return {
    manifest,
    files: new Map<string, Uint8Array>([
      ...(await signedManifest(manifest, options.privatePem)),
      [UPDATE_FILES.dataset, dataset],
      [UPDATE_FILES.dictionary, dictionary],
    ]),
  };
}
