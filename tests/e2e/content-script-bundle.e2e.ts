// What every page evaluates: the built content script of each browser. Helpers meant for
// the extension's own pages must not slip into it through an import, written or added by
// WXT's auto-imports (turned off in wxt.config.ts): each costs every page time to evaluate.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIRS } from './support/fixtures.ts';

const FOREIGN_CODE = {
  // The promise polyfill (the browser's own API returns promises where the script calls it).
  'the promise polyfill': 'This script should only be loaded in a browser extension',
  // WXT's storage helper.
  "WXT's storage helper": 'Storage key should be in the form of',
  // WXT's choice of namespace, which builds the runtime object in the script's first task.
  'a read of browser.runtime.id at load': 'browser?.runtime?.id',
  // The schema library, which checks messages in the background: the typed client that pages
  // send through lives beside the schemas and must leave them behind.
  'the schema library': '~standard',
  // The background judges ambiguous names; its word lists (here the words after a company's
  // name, "employees" among them) have no business in the page.
  "the judgement's word lists": '"employees","workers"',
};

describe.each(Object.entries(EXTENSION_DIRS))('the content script built for %s', (_browser, dir) => {
  const code = readFileSync(join(dir, 'in-page.js'), 'utf8');

  it.each(Object.entries(FOREIGN_CODE))('holds no %s', (_what, marker) => {
    expect(code).not.toContain(marker);
  });

  it('reaches the extension API through browser, else chrome', () => {
    expect(code).toMatch(/globalThis\.browser\?\?globalThis\.chrome/);
  });
});
