import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { Resvg } from '@resvg/resvg-js';
import { resolve } from 'node:path';
import { defineConfig, type WxtViteConfig } from 'wxt';
import { decodeDatasetFile } from './lib/dataset/file';
import { highlightStylesheet } from './lib/page/highlight-stylesheet';
import { hostPattern } from './lib/updates/update-config';

/**
 * Writes `bytes` gzipped into WXT's own folder (the same bytes give the same file); returns
 * its path and the SHA-256 of what it wrote.
 */
function gzippedCopy(bytes: Buffer, dir: string): { path: string; sha256: string } {
  const path = resolve(dir, 'dataset.json.gz');
  const gzipped = gzipSync(bytes, { level: 9 });
  mkdirSync(dir, { recursive: true });
  writeFileSync(path, gzipped);
  return { path, sha256: createHash('sha256').update(gzipped).digest('hex') };
}

/**
 * Where dataset updates are checked, and the public key they must be signed with
 * (data/update-key.pub). A test build points both elsewhere (BACKSTORY_UPDATE_URL,
 * BACKSTORY_UPDATE_KEY_FILE) and writes to its own folder (BACKSTORY_OUT_DIR).
 */
const DEFAULT_UPDATE_ADDRESS = 'https://backstory-extension.github.io/dataset/v1/';
const updateAddress = process.env.BACKSTORY_UPDATE_URL ?? DEFAULT_UPDATE_ADDRESS;
const updateKey = readFileSync(
  resolve(process.env.BACKSTORY_UPDATE_KEY_FILE ?? 'data/update-key.pub'),
  'utf8',
).trim();
/** The one host an update comes from, as a match pattern: asked for only when the user turns updates on. */
const updateHostPattern = hostPattern(updateAddress);

/** The icon's sizes: toolbar (16, 32), extensions page (48) and stores (128). */
const ICON_SIZES = [16, 32, 48, 128] as const;
const iconPath = (size: number) => `icon-${size}.png`;

/** Renders assets/icon.svg as a PNG of each size into WXT's own folder. */
function renderIcons(dir: string): { absoluteSrc: string; relativeDest: string }[] {
  const svg = readFileSync(resolve('assets/icon.svg'));
  mkdirSync(dir, { recursive: true });
  return ICON_SIZES.map((size) => {
    const absoluteSrc = resolve(dir, iconPath(size));
    writeFileSync(absoluteSrc, new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng());
    return { absoluteSrc, relativeDest: iconPath(size) };
  });
}

/** A Vite plugin of the Vite that WXT runs. */
type VitePlugin = Extract<NonNullable<WxtViteConfig['plugins']>[number], { name: string }>;

/** Whether Vite's `input` builds the in-page script (WXT builds it on its own). */
function buildsInPageScript(input: { input?: unknown }): boolean {
  const entries =
    typeof input.input === 'string'
      ? [input.input]
      : Object.values((input.input ?? {}) as Record<string, unknown>);
  return entries.some((entry) => /entrypoints[\\/]in-page\.ts$/.test(String(entry)));
}

/**
 * The promise polyfill serves the background and Backstory's own pages. The in-page script
 * runs in every page, which would pay for evaluating it each time; there the browser's own
 * API is used (its calls return promises in both browsers), WXT's own helpers included, as
 * lib/page/extension-api.ts chooses it: WXT's namespace module reads `browser.runtime.id`
 * as it loads, in the script's first task (Firefox's in-page script holds the card, whose
 * words come through it).
 */
function noPolyfillInPages(): VitePlugin {
  let inPageBuild = false;
  return {
    name: 'backstory:no-polyfill-in-pages',
    enforce: 'pre',
    options(input) {
      inPageBuild = buildsInPageScript(input);
      return null;
    },
    resolveId(source) {
      if (!inPageBuild) return null;
      const namespaces = ['@wxt-dev/webextension-polyfill/browser', '@wxt-dev/browser', 'wxt/browser'];
      return namespaces.includes(source) ? resolve('lib/page/extension-api.ts') : null;
    },
  };
}

/**
 * Backstory renders every string as text. Preact's one way to write HTML into the page,
 * `dangerouslySetInnerHTML`, is turned into text here, so no build holds an assignment of
 * markup (the add-on store's linter flags it). The build fails if Preact's code changes
 * shape and the assignment is no longer found.
 */
function noHtmlStrings(): VitePlugin {
  return {
    name: 'backstory:no-html-strings',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.module\.js$/.test(id)) return null;
      const markup = /(\w+)\.innerHTML=(\w+)\.__html/g;
      if (!markup.test(code)) throw new Error(`${id}: Preact's innerHTML assignment not found`);
      return { code: code.replace(markup, '$1.textContent=$2.__html'), map: null };
    },
  };
}

// The manifest asks only for what the features use: the content script's match pattern
// (to read and mark page text), storage for the settings and contextMenus for reporting. IndexedDB needs no permission.
export default defineConfig({
  outDir: process.env.BACKSTORY_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  imports: false,
  manifest: ({ browser }) => ({
    // Names and words come from locales/*.yml (English and Spanish), the manifest's included.
    default_locale: 'en',
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    icons: Object.fromEntries(ICON_SIZES.map((size) => [size, iconPath(size)])),
    // The button's icon is set in entrypoints/popup/index.html, which WXT reads for both browsers.
    action: { default_title: 'Backstory' },
    // storage: the user's settings, kept by the options page and the popup and handed to
    // pages by the background (a change reaches open pages at once). No install warning.
    // contextMenus: "Report an incident about …" on selected text.
    // alarms: the weekly dataset-update check, which does nothing until the user turns it on.
    permissions: ['storage', 'contextMenus', 'alarms'],
    // The update host, asked for when the user turns dataset updates on and given back when
    // they turn them off (an MV2 build lists optional hosts among optional_permissions).
    ...(browser === 'firefox'
      ? { optional_permissions: [updateHostPattern] }
      : { optional_host_permissions: [updateHostPattern] }),
    // Headless Chromium cannot answer a permission prompt: its test build has the test host
    // granted at install (BACKSTORY_UPDATE_HOST_GRANTED); the Firefox tests go through the request.
    ...(process.env.BACKSTORY_UPDATE_HOST_GRANTED === '1' && browser !== 'firefox'
      ? { host_permissions: [updateHostPattern] }
      : {}),
    // Backstory in every page and frame once it has loaded (entrypoints/in-page.ts, built as
    // a plain script: see there why not through WXT's content-script wrapper), with the one
    // stylesheet it adds, the look of its marks (written for each browser by the
    // build:publicAssets hook below, from lib/page/highlight-stylesheet.ts).
    content_scripts: [
      {
        matches: ['<all_urls>'],
        js: ['in-page.js'],
        css: ['highlights.css'],
        run_at: 'document_idle',
        all_frames: true,
      },
    ],
    commands: {
      'show-card': {
        suggested_key: { default: 'Alt+Shift+B' },
        description: '__MSG_commandShowCard__',
      },
    },
    // The hover card's code, loaded by the content script only when a card first opens. On
    // Chrome it is reached only through a per-session URL, so a site cannot probe for it to
    // detect Backstory; Firefox gives every install its own random extension origin.
    // (Firefox's content script holds the card's code itself: see entrypoints/in-page.ts.)
    ...(browser === 'firefox'
      ? {}
      : {
          web_accessible_resources: [
            { resources: ['card.js'], matches: ['<all_urls>'], use_dynamic_url: true },
          ],
        }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'backstory@backstory.dev',
              strict_min_version: '140.0',
              // Backstory sends nothing anywhere; Firefox asks extensions to declare that.
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads that declaration from 142 on.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  hooks: {
    // `imports: false` turns WXT's auto-imports off only in part: its unimport plugin still
    // adds an import for every free-looking name it knows (a parameter named `storage` pulled
    // WXT's storage helper, and with it the extension API, into the content script). Every
    // module here imports what it uses.
    'config:resolved': (wxt) => {
      (wxt.config.imports as { autoImport?: boolean }).autoImport = false;
    },
    // The dataset ships as a file the background reads on install and update, not as code
    // parsed at every start, gzipped (5.68 MB of JSON: more than the add-on store's linter
    // parses, and most of the package) and unpacked by the browser's DecompressionStream.
    // dataset-version.json is tiny, so the background can tell at every start whether the
    // shipped dataset is newer than the one in IndexedDB without reading the whole file.
    // The build validates the dataset it packs and records the packed file's SHA-256, so that
    // the background need not validate those same bytes again (lib/background/packaged-data.ts).
    'build:publicAssets': (wxt, files) => {
      const json = readFileSync(resolve('data/dataset.json'));
      const { version } = decodeDatasetFile(JSON.parse(json.toString('utf8'))).meta;
      const release = JSON.parse(readFileSync(resolve('data/release.json'), 'utf8')) as {
        dataset: string;
        issued: string;
      };
      if (release.dataset !== version)
        throw new Error('data/release.json does not name data/dataset.json; run npm run data:build');
      const packed = gzippedCopy(json, wxt.config.wxtDir);
      files.push({ absoluteSrc: packed.path, relativeDest: 'dataset.json.gz' });
      files.push(...renderIcons(resolve(wxt.config.wxtDir, 'icons')));
      files.push({ absoluteSrc: resolve('data/dictionary.bin'), relativeDest: 'dictionary.bin' });
      files.push({
        contents: highlightStylesheet(wxt.config.browser === 'firefox' ? 'firefox' : 'chrome'),
        relativeDest: 'highlights.css',
      });
      files.push({
        contents: JSON.stringify({ version, issued: release.issued, sha256: packed.sha256 }),
        relativeDest: 'dataset-version.json',
      });
    },
  },
  vite: () => ({
    // No compile hint for the in-page script (`//# allFunctionsCalledOnLoad`): compiling all
    // of it at once lengthened the task that loads it, the content script's longest, and
    // saved nothing measurable. On 24 saved pages (least of 3-4 visits), without the hint that
    // task held a median 5.5 ms of CPU time instead of 7.6 (at most 7.4 instead of 12.7), and
    // the pages' summed main-thread CPU time was the same (5,532 ms either way).
    plugins: [noPolyfillInPages(), noHtmlStrings()],
    define: {
      'process.env.BACKSTORY_UPDATE_URL': JSON.stringify(updateAddress),
      'process.env.BACKSTORY_UPDATE_KEY': JSON.stringify(updateKey),
      // A test build waits less for a slow server than the 30 s a user's does.
      'process.env.BACKSTORY_UPDATE_TIMEOUT_MS': JSON.stringify(
        process.env.BACKSTORY_UPDATE_TIMEOUT_MS ?? '',
      ),
    },
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  }),
});
