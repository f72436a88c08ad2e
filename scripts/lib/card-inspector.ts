// Backstory's card lives in a closed shadow root: neither the page's script nor Playwright's
// selectors reach it. The tests read it the way browser tools do, through the DevTools
// protocol, which holds every shadow root, and click it with real pointer input, the only
// kind the card acts on.
import type { CDPSession, Page } from 'playwright-core';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What a test reads of the card in one step. */
export interface CardLook {
  text: string;
  /** The frame is shown and holds a card. */
  visible: boolean;
  box: Box | null;
  dir: string;
  pageDir: string;
  theme: string;
}

/** A function of the shadow root, run in the page: it reads what a test asks of the card. */
export const LOOK_OF_CARD = `(root) => {
  const frame = root.querySelector('.frame');
  const card = frame?.querySelector('.card');
  const visible = Boolean(frame && !frame.hidden && card);
  const b = card?.getBoundingClientRect();
  return {
    text: visible ? card.innerText : '',
    visible,
    box: visible ? { x: b.x, y: b.y, width: b.width, height: b.height } : null,
    dir: frame?.dir ?? '',
    pageDir: frame?.dataset.pageDir ?? '',
    theme: frame?.dataset.theme ?? '',
  };
}`;

/** The centre of the element `selector` in the card, or null. */
export const centreInCard = (selector: string) => `(root) => {
  const element = root.querySelector(${JSON.stringify(selector)});
  if (!element) return null;
  const b = element.getBoundingClientRect();
  return b.width > 0 ? { x: b.x + b.width / 2, y: b.y + b.height / 2 } : null;
}`;

/** Reads and clicks the card, whichever browser runs it. */
export class CardInspector {
  constructor(
    /** Runs the source of a function of the shadow root in the page; null without a card host. */
    readonly run: <T>(fn: string) => Promise<T | null>,
    /** A real click (trusted input) at a point of the viewport. */
    private readonly clickAt: (x: number, y: number) => Promise<void>,
  ) {}

  async look(): Promise<CardLook> {
    return (await this.run<CardLook>(LOOK_OF_CARD)) ?? EMPTY_LOOK;
  }

  async text(): Promise<string> {
    return (await this.look()).text;
  }

  /** Waits until the card is shown (or gone), as a locator's `waitFor` would. */
  async waitFor(state: 'visible' | 'hidden', timeoutMs = 5_000): Promise<CardLook> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const look = await this.look();
      if (look.visible === (state === 'visible')) return look;
      if (Date.now() > deadline) throw new Error(`the card did not become ${state} in ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  /** Waits until the card's text contains `words`; returns the text. */
  async waitForText(words: string, timeoutMs = 5_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const { text } = await this.look();
      if (text.includes(words)) return text;
      if (Date.now() > deadline) throw new Error(`the card never said "${words}"; it said "${text}"`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  /** A real click on the element `selector` in the card, once it is there. */
  async click(selector: string, timeoutMs = 5_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const point = await this.run<{ x: number; y: number } | null>(centreInCard(selector));
      if (point) return this.clickAt(point.x, point.y);
      if (Date.now() > deadline) throw new Error(`no ${selector} in the card`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}

/** The card's shadow root as the DevTools protocol holds it (closed ones too), or null. */
async function cardShadowRoot(cdp: CDPSession): Promise<{ backendNodeId: number; mode: string } | null> {
  const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: 'backstory-root' });
  if (!nodeId) return null;
  const { node } = await cdp.send('DOM.describeNode', { nodeId, depth: 1, pierce: true });
  const shadow = node.shadowRoots?.[0];
  return shadow ? { backendNodeId: shadow.backendNodeId, mode: shadow.shadowRootType ?? '' } : null;
}

/** The card of a Chromium page, through the DevTools protocol. */
export function chromiumCard(page: Page): CardInspector {
  let session: CDPSession | undefined;
  const run = async <T>(fn: string): Promise<T | null> => {
    session ??= await page.context().newCDPSession(page);
    const shadow = await cardShadowRoot(session);
    if (!shadow) return null;
    const { object } = await session.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
    const result = await session.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: fn,
      arguments: [{ objectId: object.objectId }],
      returnByValue: true,
      awaitPromise: true,
    });
    if (result.exceptionDetails) throw new Error(`in the card: ${result.exceptionDetails.text}`);
    return result.result.value as T;
  };
  return new CardInspector(run, (x, y) => page.mouse.click(x, y));
}

/** The mode of the card's shadow root as the DevTools protocol sees it ("closed"), or null. */
export async function chromiumCardMode(page: Page): Promise<string | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    return (await cardShadowRoot(cdp))?.mode ?? null;
  } finally {
    await cdp.detach();
  }
}

export const EMPTY_LOOK: CardLook = {
  text: '',
  visible: false,
  box: null,
  dir: '',
  pageDir: '',
  theme: '',
};
