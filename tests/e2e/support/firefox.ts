// Real Firefox ESR driven over WebDriver BiDi (Playwright's Firefox needs a patched build,
// which cannot be installed here). Just the commands the tests use.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import type { ScanStats } from '../../../lib/messages.ts';
import { CardInspector } from '../../../scripts/lib/card-inspector.ts';
import { MARKS_PAINTED, pointOfWord } from './fixtures.ts';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

type Json = Record<string, unknown>;

export class BiDiSession {
  private nextId = 1;
  private readonly listeners = new Map<string, ((params: unknown) => void)[]>();
  private readonly pending = new Map<number, { resolve: (v: Json) => void; reject: (e: Error) => void }>();

  constructor(private readonly socket: WebSocket) {
    socket.on('message', (data) => {
      const message = JSON.parse(String(data)) as {
        id?: number;
        type: string;
        method?: string;
        params?: unknown;
        result?: Json;
        error?: string;
        message?: string;
      };
      if (message.type === 'event') {
        for (const listener of this.listeners.get(message.method ?? '') ?? []) listener(message.params);
        return;
      }
      if (message.id === undefined) return;
      const waiter = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (message.type === 'error') waiter?.reject(new Error(`${message.error}: ${message.message}`));
      else waiter?.resolve(message.result ?? {});
    });
  }

  onEvent(method: string, listener: (params: unknown) => void): void {
    this.listeners.set(method, [...(this.listeners.get(method) ?? []), listener]);
  }

  send(method: string, params: Json = {}): Promise<Json> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.socket.send(JSON.stringify({ id, method, params }));
    });
  }

  /** Runs `expression` in a browsing context; the result comes back through JSON. */
  async evaluate<T>(context: string, expression: string): Promise<T> {
    const result = (await this.send('script.evaluate', {
      expression: `(async () => JSON.stringify(await (${expression})))()`,
      target: { context },
      awaitPromise: true,
    })) as { type: string; result?: { value?: string }; exceptionDetails?: { text?: string } };
    if (result.type === 'exception')
      throw new Error(`in page: ${result.exceptionDetails?.text ?? 'exception'}`);
    const value = result.result?.value;
    return (value === undefined ? undefined : JSON.parse(value)) as T;
  }

  /** Polls `expression` until it is truthy. */
  async waitFor<T>(context: string, expression: string, timeoutMs = 10_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = await this.evaluate<T>(context, expression).catch(() => undefined);
      if (value) return value;
      if (Date.now() > deadline) throw new Error(`timed out waiting for: ${expression.slice(0, 120)}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  /** Real mouse input (trusted events): `steps` in order, by WebDriver BiDi's input actions. */
  private async mouse(context: string, steps: Json[]): Promise<void> {
    await this.send('input.performActions', {
      context,
      actions: [{ type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' }, actions: steps }],
    });
  }

  async movePointer(context: string, x: number, y: number): Promise<void> {
    await this.mouse(context, [{ type: 'pointerMove', x: Math.round(x), y: Math.round(y), duration: 50 }]);
  }

  /** Loads `url`; a load that has not completed after `timeoutMs` is given up on (rejects). */
  async navigate(context: string, url: string, timeoutMs = 30_000): Promise<void> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`${url} did not finish loading in ${timeoutMs} ms`)),
        timeoutMs,
      );
    });
    try {
      await Promise.race([
        this.send('browsingContext.navigate', { context, url, wait: 'complete' }),
        deadline,
      ]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** A real click (trusted input) at a point of the viewport. */
  async click(context: string, x: number, y: number): Promise<void> {
    await this.mouse(context, [
      { type: 'pointerMove', x: Math.round(x), y: Math.round(y), duration: 0 },
      { type: 'pointerDown', button: 0 },
      { type: 'pointerUp', button: 0 },
    ]);
  }

  /**
   * The card's closed shadow root, as WebDriver BiDi hands it out (`includeShadowTree: all`),
   * with `fn` (source of a function of that root) run on it; null without a card host.
   */
  async inCard<T>(context: string, fn: string): Promise<T | null> {
    const host = (await this.send('script.callFunction', {
      functionDeclaration: `() => document.querySelector('backstory-root')`,
      target: { context },
      awaitPromise: false,
      serializationOptions: { includeShadowTree: 'all', maxDomDepth: 0 },
    })) as { result?: { type: string; value?: { shadowRoot?: { sharedId?: string } } } };
    const sharedId = host.result?.value?.shadowRoot?.sharedId;
    if (!sharedId) return null;
    const result = (await this.send('script.callFunction', {
      functionDeclaration: `(root) => JSON.stringify((${fn})(root))`,
      target: { context },
      arguments: [{ sharedId }],
      awaitPromise: true,
    })) as { type: string; result?: { value?: string }; exceptionDetails?: { text?: string } };
    if (result.type === 'exception') throw new Error(`in the card: ${result.exceptionDetails?.text}`);
    const value = result.result?.value;
    return (value === undefined ? null : JSON.parse(value)) as T | null;
  }

  /** The card of the page in `context`. */
  card(context: string): CardInspector {
    return new CardInspector(
      (fn) => this.inCard(context, fn),
      (x, y) => this.click(context, x, y),
    );
  }

  async newTab(): Promise<string> {
    const { context } = (await this.send('browsingContext.create', { type: 'tab' })) as { context: string };
    return context;
  }
}

/**
 * Backstory's own account of its scan in the one other tab (`getScanStats`), asked from a
 * background tab holding one of Backstory's pages, once that page has loaded
 * (`waitForLoadComplete`). Errors caught inside Backstory never reach the console; this is
 * how the sweep sees them.
 */
export async function scanStatsInOtherTab(
  firefox: FirefoxWithExtension,
  extensionTab: string,
  timeoutMs = 10_000,
): Promise<{ stats?: ScanStats; error?: string }> {
  // Firefox starts a document_idle script only once the page (frames included) has loaded,
  // and may start it some time after that on a heavy page.
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const answer = await askScanStats(firefox, extensionTab);
    if (!answer.error?.includes('Receiving end does not exist') || Date.now() > deadline) return answer;
    await new Promise((r) => setTimeout(r, 200));
  }
}

/**
 * Waits until the page in the first tab has finished loading. A navigation can be reported
 * failed (a blocked request of the page's own) while the page still parses for seconds.
 */
export async function waitForLoadComplete(firefox: FirefoxWithExtension, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const state = await firefox.session
      .evaluate<string>(firefox.firstContext, 'document.readyState')
      .catch(() => 'unknown');
    if (state === 'complete') return;
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function askScanStats(
  firefox: FirefoxWithExtension,
  extensionTab: string,
): Promise<{ stats?: ScanStats; error?: string }> {
  type Reply = { ok: boolean; value?: ScanStats; error?: string } | undefined;
  const reply: Reply = await firefox.session
    .evaluate<Reply>(
      extensionTab,
      `(async () => {
        const self = await browser.tabs.getCurrent();
        const others = (await browser.tabs.query({})).filter((tab) => tab.id !== self.id);
        if (others.length !== 1) return { ok: false, error: others.length + ' other tabs' };
        return browser.tabs.sendMessage(others[0].id, { type: 'getScanStats' }, { frameId: 0 });
      })()`,
    )
    .catch((error: unknown) => ({ ok: false, error: String(error) }));
  return reply?.ok ? { stats: reply.value } : { error: reply?.error ?? 'no answer' };
}

/**
 * Opens a company's details the way a user does: the pointer rests on `word` on the page in
 * `context`, then a real click on the card's "Details". Returns the context of the tab that
 * opens (Backstory's popup page).
 */
export async function openDetailsFromCard(
  firefox: FirefoxWithExtension,
  context: string,
  word: string,
): Promise<string> {
  const { session } = firefox;
  // The pointer is watched once the page has marks: it moves after they are painted.
  await session.waitFor(context, MARKS_PAINTED);
  const point = await session.waitFor<{ x: number; y: number }>(context, pointOfWord(word));
  const before = new Set((await tabsOf(session)).map((tab) => tab.context));
  await session.movePointer(context, point.x, point.y);
  const deadline = Date.now() + 10_000;
  // Clicked again after a while, as a user would: the background opens details from a tab
  // at most once a second (DETAILS_INTERVAL_MS), and the test before may just have.
  let clickedAt = 0;
  while (Date.now() < deadline) {
    if (Date.now() - clickedAt > 1_500) {
      await session.card(context).click('.details', 10_000);
      clickedAt = Date.now();
    }
    const opened = (await tabsOf(session)).find(
      (tab) => !before.has(tab.context) && tab.url.startsWith(`${firefox.extensionOrigin}/popup.html`),
    );
    if (opened) return opened.context;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the details tab did not open');
}

async function tabsOf(session: BiDiSession): Promise<{ context: string; url: string }[]> {
  const tree = (await session.send('browsingContext.getTree', { maxDepth: 0 })) as {
    contexts: { context: string; url: string }[];
  };
  return tree.contexts;
}

/**
 * A tab showing one of Backstory's pages, for `scanStatsInOtherTab`. Firefox lets automation
 * neither navigate to an extension page nor open one, so it is opened from the extension
 * itself: the card's "Details" for the company named on `pageUrl`. The first tab is then
 * brought back to the front (a tab behind others gets its timers slowed).
 */
export async function openExtensionTab(
  firefox: FirefoxWithExtension,
  pageUrl: string,
  word: string,
): Promise<string> {
  await firefox.session.navigate(firefox.firstContext, pageUrl);
  const tab = await openDetailsFromCard(firefox, firefox.firstContext, word);
  await firefox.session.send('browsingContext.activate', { context: firefox.firstContext });
  return tab;
}

export interface FirefoxWithExtension {
  session: BiDiSession;
  /** The moz-extension:// origin of the installed extension. */
  extensionOrigin: string;
  firstContext: string;
  close: () => Promise<void>;
}

/** Prefs for a quiet, offline test profile, and a fixed internal UUID for our extension. */
function writeProfile(dir: string, addonId: string, uuid: string, extraPrefs: Record<string, unknown>): void {
  const prefs: Record<string, unknown> = {
    ...extraPrefs,
    'extensions.webextensions.uuids': JSON.stringify({ [addonId]: uuid }),
    'browser.shell.checkDefaultBrowser': false,
    'browser.startup.homepage_override.mstone': 'ignore',
    'browser.aboutwelcome.enabled': false,
    'datareporting.policy.dataSubmissionEnabled': false,
    'toolkit.telemetry.reportingpolicy.firstRun': false,
    'app.update.enabled': false,
    'app.update.auto': false,
    'extensions.update.enabled': false,
    'browser.safebrowsing.malware.enabled': false,
    'browser.safebrowsing.phishing.enabled': false,
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'browser.newtabpage.enabled': false,
    'remote.active-protocols': 1,
    // Everything but this machine goes to a closed local port and fails at once: no request
    // leaves the machine, and pages do not wait on lookups that cannot succeed.
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': 9,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': 9,
    'network.proxy.no_proxies_on': 'localhost, 127.0.0.1',
    'network.proxy.allow_hijacking_localhost': false,
    'network.dns.disablePrefetch': true,
  };
  const lines = Object.entries(prefs).map(
    ([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});`,
  );
  writeFileSync(join(dir, 'user.js'), `${lines.join('\n')}\n`);
}

function waitForEndpoint(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(
      () => reject(new Error(`Firefox did not start BiDi:\n${seen.slice(-2000)}`)),
      30_000,
    );
    const onData = (chunk: Buffer) => {
      seen += chunk.toString();
      const match = /WebDriver BiDi listening on (ws:\/\/[^\s]+)/.exec(seen);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stderr?.on('data', onData);
    child.stdout?.on('data', onData);
    child.on('exit', (code) => reject(new Error(`Firefox exited (${code}):\n${seen.slice(-2000)}`)));
  });
}

export async function launchFirefox(
  extensionDir: string | undefined,
  addonId: string,
  extraPrefs: Record<string, unknown> = {},
): Promise<FirefoxWithExtension> {
  const profile = mkdtempSync(join(tmpdir(), 'backstory-firefox-'));
  const uuid = randomUUID();
  writeProfile(profile, addonId, uuid, extraPrefs);
  const child = spawn(
    FIREFOX_PATH,
    ['--headless', '--no-remote', '--profile', profile, '--remote-debugging-port', '0', 'about:blank'],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, MOZ_CRASHREPORTER_DISABLE: '1' },
    },
  );
  const endpoint = await waitForEndpoint(child);
  const socket = new WebSocket(`${endpoint}/session`);
  await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
  const session = new BiDiSession(socket);
  await session.send('session.new', { capabilities: { alwaysMatch: { acceptInsecureCerts: true } } });
  // A page that calls alert() (one saved page does) would otherwise hold its load open for
  // good: Firefox ESR 140 reports the prompt but leaves it open whatever the session asked.
  await session.send('session.subscribe', { events: ['browsingContext.userPromptOpened'] });
  session.onEvent('browsingContext.userPromptOpened', (params) => {
    const { context } = params as { context: string };
    void session.send('browsingContext.handleUserPrompt', { context, accept: false }).catch(() => undefined);
  });
  if (extensionDir) {
    await session.send('webExtension.install', { extensionData: { type: 'path', path: extensionDir } });
  }
  const tree = (await session.send('browsingContext.getTree', {})) as { contexts: { context: string }[] };
  return {
    session,
    extensionOrigin: `moz-extension://${uuid}`,
    firstContext: tree.contexts[0]!.context,
    close: async () => {
      await session.send('session.end').catch(() => undefined);
      socket.close();
      child.kill('SIGTERM');
      await new Promise((r) => setTimeout(r, 300));
      if (child.exitCode === null) child.kill('SIGKILL');
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
