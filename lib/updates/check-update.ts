// One check for a dataset update, from the manifest to the swap. Every step that can fail
// ends the check with the reason and leaves the dataset in use as it was: the signature,
// the version, the extension it fits, each file's size and hash, then the same schema the
// packaged dataset passes. Only then is `apply` called, with everything already checked.
import {
  isRefusal,
  MAX_MANIFEST_BYTES,
  parseUpdateManifest,
  refuseManifest,
  type UpdateManifest,
  type UpdateRefusal,
} from './manifest';
import { fetchLimited, type Fetch } from './fetch-limited';
import { refuseFile, signatureValid } from './verify';

export const MANIFEST_FILE = 'manifest.json';
export const SIGNATURE_FILE = 'manifest.json.sig';
/** How long one request may take, the dataset file included. */
export const REQUEST_TIMEOUT_MS = 30_000;

export interface CheckDeps<Checked> {
  /** The address of the update's folder, ending in "/". */
  baseUrl: string;
  publicKey: string;
  extensionVersion: string;
  /** The dataset in use. */
  current: { version: string; issued: string };
  fetch: Fetch;
  subtle: SubtleCrypto;
  timeoutMs?: number;
  gunzip: (bytes: Uint8Array<ArrayBuffer>) => Promise<Uint8Array<ArrayBuffer>>;
  /**
   * Parses both files with the packaged dataset's own checks (schema, dictionary format),
   * throwing on anything wrong; returns what `apply` takes.
   */
  validate: (datasetJson: unknown, dictionary: ArrayBuffer, manifest: UpdateManifest) => Checked;
  apply: (checked: Checked, manifest: UpdateManifest) => Promise<void>;
}

export type CheckResult =
  | { outcome: 'applied'; version: string; issued: string }
  | { outcome: 'upToDate'; version: string; issued: string }
  | { outcome: 'refused'; refusal: UpdateRefusal };

const refused = (refusal: UpdateRefusal): CheckResult => ({ outcome: 'refused', refusal });
const decoder = new TextDecoder();

export async function checkForUpdate<Checked>(deps: CheckDeps<Checked>): Promise<CheckResult> {
  const timeoutMs = deps.timeoutMs ?? REQUEST_TIMEOUT_MS;
  const get = (name: string, maxBytes: number) =>
    fetchLimited(deps.fetch, new URL(name, deps.baseUrl).href, { maxBytes, timeoutMs, name });

  const manifestBytes = await get(MANIFEST_FILE, MAX_MANIFEST_BYTES);
  if (isRefusal(manifestBytes)) return refused(manifestBytes);
  const signature = await get(SIGNATURE_FILE, MAX_MANIFEST_BYTES);
  if (isRefusal(signature)) return refused(signature);
  if (!(await signatureValid(deps.subtle, deps.publicKey, manifestBytes, decoder.decode(signature))))
    return refused({ reason: 'badSignature' });

  let raw: unknown;
  try {
    raw = JSON.parse(decoder.decode(manifestBytes));
  } catch {
    return refused({ reason: 'badManifest', detail: 'not JSON' });
  }
  const manifest = parseUpdateManifest(raw);
  if (isRefusal(manifest)) return refused(manifest);
  if (manifest.dataset === deps.current.version)
    return { outcome: 'upToDate', version: manifest.dataset, issued: deps.current.issued };
  const refusal = refuseManifest(manifest, {
    issued: deps.current.issued,
    extensionVersion: deps.extensionVersion,
  });
  if (refusal) return refused(refusal);

  // Each file no larger than the manifest says: a longer answer is refused as it arrives.
  const files: Record<'dataset' | 'dictionary', Uint8Array<ArrayBuffer>> = {
    dataset: new Uint8Array(),
    dictionary: new Uint8Array(),
  };
  for (const name of ['dataset', 'dictionary'] as const) {
    const entry = manifest.files[name];
    const bytes = await get(entry.path, entry.bytes);
    if (isRefusal(bytes)) return refused(bytes);
    const wrong = await refuseFile(deps.subtle, entry.path, bytes, entry);
    if (wrong) return refused(wrong);
    files[name] = bytes;
  }

  let checked: Checked;
  try {
    const datasetJson: unknown = JSON.parse(decoder.decode(await deps.gunzip(files.dataset)));
    const unpacked = await deps.gunzip(files.dictionary);
    const dictionary = unpacked.buffer.slice(unpacked.byteOffset, unpacked.byteOffset + unpacked.byteLength);
    checked = deps.validate(datasetJson, dictionary, manifest);
  } catch (error) {
    return refused({ reason: 'badDataset', detail: error instanceof Error ? error.message : String(error) });
  }
  await deps.apply(checked, manifest);
  return { outcome: 'applied', version: manifest.dataset, issued: manifest.issued };
}
