// Real Chromium (the system's /usr/bin/chromium) with the built extension loaded.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchWithExtension(
  extensionDir: string | undefined,
  userDataDir = '',
  extraArgs: string[] = [],
): Promise<{
  context: BrowserContext;
  extensionId: string | undefined;
  worker: Worker | undefined;
}> {
  const extensionArgs = extensionDir
    ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`]
    : ['--disable-extensions'];
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: false,
    viewport: { width: 1000, height: 720 },
    args: [
      '--headless=new',
      ...extensionArgs,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      ...extraArgs,
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
