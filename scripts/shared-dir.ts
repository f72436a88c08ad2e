// ../shared (public sources, saved pages, the seed article) sits beside the repo on the
// developers' machines and in CI, but not in a user's clone. Whatever reads it says plainly
// that it skipped when it is absent, and fails when CI=true.
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export function sharedDir(): string {
  return resolve(process.env.BACKSTORY_SHARED ?? resolve(REPO_ROOT, '..', 'shared'));
}

export type SharedLookup = { found: true; path: string } | { found: false; message: string };

/** Finds a folder or file under ../shared; `override` (a flag or env value) wins. */
export function findShared(relative: string, override?: string): SharedLookup {
  const path = override ? resolve(override) : resolve(sharedDir(), relative);
  if (existsSync(path)) return { found: true, path };
  return { found: false, message: `${path} not found (it lives in ../shared beside the repo)` };
}

/** Skip (exit 0) outside CI, fail (exit 1) in CI, saying which. */
export function skipOrFail(what: string, message: string): never {
  if (process.env.CI === 'true') {
    console.error(`${what}: FAILED, ${message}; CI must have ../shared`);
    process.exit(1);
  }
  console.error(`${what}: skipped, ${message}`);
  process.exit(0);
}
