// Real Chromium (the system's /usr/bin/chromium) with an extension loaded: one launcher for
// the demo, the benchmark and the end-to-end tests.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import type { ScanStats } from '../../lib/page/page-state.ts';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Every host but this machine resolves to nothing: no request leaves it, none waits. */
export const OFFLINE_ARGS = ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'];

export interface LaunchOptions {
  userDataDir?: string;
  extraArgs?: string[];
  /** A window on the user's display instead of headless (the demo, when there is one). */
  headed?: boolean;
  /** The browser's interface language, e.g. "es" (Chromium on Linux reads it from the environment). */
  language?: string;
}

export async function launchWithExtension(
  extensionDir: string | undefined,
  options: LaunchOptions = {},
): Promise<{ context: BrowserContext; extensionId: string | undefined; worker: Worker | undefined }> {
  const extensionArgs = extensionDir
    ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`]
    : ['--disable-extensions'];
  const context = await chromium.launchPersistentContext(options.userDataDir ?? '', {
    executablePath: CHROMIUM_PATH,
    ...(options.language
      ? { env: { ...process.env, LANGUAGE: options.language, LC_ALL: '', LANG: `${options.language}.UTF-8` } }
      : {}),
    headless: false,
    viewport: options.headed ? null : { width: 1000, height: 720 },
    args: [
      ...(options.headed ? [] : ['--headless=new']),
      ...extensionArgs,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      ...(options.extraArgs ?? []),
    ],
  });
  // An extension without a background script has no worker to wait for.
  const manifest = extensionDir
    ? (JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as { background?: unknown })
    : {};
  if (!extensionDir || !manifest.background) return { context, extensionId: undefined, worker: undefined };
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return { context, extensionId: new URL(worker.url()).host, worker };
}

/** The scan stats of the active tab's top frame, asked through Backstory's own worker. */
export async function activeTabScanStats(worker: Worker): Promise<{ stats?: ScanStats; error?: string }> {
  // A string, so that the code runs as written inside the worker.
  const reply = (await worker.evaluate(`(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return chrome.tabs.sendMessage(tab.id, { type: 'getScanStats' }, { frameId: 0 });
  })()`)) as { ok: boolean; value?: ScanStats; error?: string } | undefined;
  return reply?.ok ? { stats: reply.value } : { error: reply?.error ?? 'no answer' };
}
