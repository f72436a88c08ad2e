// What a dataset update says of itself, and the checks made of it before a byte of its files
// is read: the signed manifest names the dataset's version and issue time, the extension
// versions it fits, and each file's size and SHA-256. Pure: no network, no browser API.
import * as v from 'valibot';
import { describeIssues } from '../dataset/schema';

/** The manifest's own format: a manifest of another format is refused, not guessed at. */
export const UPDATE_FORMAT = 1;
/** Largest file an update may bring: about four times today's dataset, gzipped. */
export const MAX_UPDATE_FILE_BYTES = 16 * 1024 * 1024;
/** Largest manifest (or signature) read. */
export const MAX_MANIFEST_BYTES = 16 * 1024;

const sha256Hex = v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/));
const fileName = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9.-]{0,63}$/));
const versionString = v.pipe(v.string(), v.regex(/^\d+(?:\.\d+){0,3}$/));
const fileEntry = v.object({
  path: fileName,
  bytes: v.pipe(v.number(), v.integer(), v.minValue(1)),
  sha256: sha256Hex,
});

export const updateManifestSchema = v.object({
  format: v.literal(UPDATE_FORMAT),
  /** The dataset's version (its meta.version). */
  dataset: v.pipe(v.string(), v.regex(/^[0-9a-f]{8,64}$/)),
  /** When it was published: an update is taken only if newer than the dataset in use. */
  issued: v.pipe(v.string(), v.isoTimestamp()),
  /** The extension versions it fits: from `min`, below `below`. */
  extension: v.object({ min: versionString, below: versionString }),
  files: v.object({ dataset: fileEntry, dictionary: fileEntry }),
});

export type UpdateManifest = v.InferOutput<typeof updateManifestSchema>;
export type UpdateFile = UpdateManifest['files']['dataset'];

/** Why an update was not applied: shown on the options page, in the user's language. */
export type UpdateRefusal =
  | { reason: 'badManifest'; detail: string }
  | { reason: 'badSignature' }
  | { reason: 'notNewer'; issued: string; current: string }
  | { reason: 'wrongExtension'; min: string; below: string; extension: string }
  | { reason: 'tooLarge'; file: string; bytes: number }
  | { reason: 'sizeMismatch'; file: string }
  | { reason: 'hashMismatch'; file: string }
  | { reason: 'badDataset'; detail: string }
  | { reason: 'http'; status: number }
  | { reason: 'timeout' }
  | { reason: 'network'; detail: string };

export function parseUpdateManifest(raw: unknown): UpdateManifest | UpdateRefusal {
  const parsed = v.safeParse(updateManifestSchema, raw);
  return parsed.success ? parsed.output : { reason: 'badManifest', detail: describeIssues(parsed.issues) };
}

/** -1, 0 or 1: "0.10.0" is after "0.9.3". */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d < 0 ? -1 : 1;
  }
  return 0;
}

/**
 * The checks a verified manifest must pass before its files are fetched: newer than the
 * dataset in use (no rollback, no replay of an old update), made for this extension, and
 * files no larger than the limit.
 */
export function refuseManifest(
  manifest: UpdateManifest,
  current: { issued: string; extensionVersion: string },
): UpdateRefusal | undefined {
  if (!(manifest.issued > current.issued))
    return { reason: 'notNewer', issued: manifest.issued, current: current.issued };
  const { min, below } = manifest.extension;
  if (
    compareVersions(current.extensionVersion, min) < 0 ||
    compareVersions(current.extensionVersion, below) >= 0
  )
    return { reason: 'wrongExtension', min, below, extension: current.extensionVersion };
  for (const [file, entry] of Object.entries(manifest.files)) {
    if (entry.bytes > MAX_UPDATE_FILE_BYTES) return { reason: 'tooLarge', file, bytes: entry.bytes };
  }
  return undefined;
}

export function isRefusal(value: unknown): value is UpdateRefusal {
  return typeof value === 'object' && value !== null && 'reason' in value;
}
