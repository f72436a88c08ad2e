// Whether an update is the project's: the manifest's detached Ed25519 signature checked with
// the public key compiled into the extension, and each file's size and SHA-256 checked
// against the manifest. WebCrypto, which both browsers and Node have, is passed in.
import type { UpdateFile, UpdateRefusal } from './manifest';

/** The public key as committed: base64 of its 32 raw bytes. */
export function decodeBase64(text: string): Uint8Array<ArrayBuffer> {
  const clean = text.trim();
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(clean)) throw new Error('not base64');
  const binary = atob(clean);
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

export async function signatureValid(
  subtle: SubtleCrypto,
  publicKeyBase64: string,
  manifestBytes: Uint8Array<ArrayBuffer>,
  signatureText: string,
): Promise<boolean> {
  let signature: Uint8Array<ArrayBuffer>;
  try {
    signature = decodeBase64(signatureText);
  } catch {
    return false;
  }
  if (signature.length !== 64) return false;
  const key = await subtle.importKey('raw', decodeBase64(publicKeyBase64), { name: 'Ed25519' }, false, [
    'verify',
  ]);
  return subtle.verify({ name: 'Ed25519' }, key, signature, manifestBytes);
}

export async function sha256Hex(subtle: SubtleCrypto, bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = new Uint8Array(await subtle.digest('SHA-256', bytes));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** A fetched file against its manifest entry. */
export async function refuseFile(
  subtle: SubtleCrypto,
  name: string,
  bytes: Uint8Array<ArrayBuffer>,
  entry: UpdateFile,
): Promise<UpdateRefusal | undefined> {
  if (bytes.byteLength !== entry.bytes) return { reason: 'sizeMismatch', file: name };
  if ((await sha256Hex(subtle, bytes)) !== entry.sha256) return { reason: 'hashMismatch', file: name };
  return undefined;
}
