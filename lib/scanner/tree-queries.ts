// The two questions the walker asks of a whole tree: which parts it skips, and which custom
// elements may hold shadow roots. Each is one query on an ordinary page; on a huge tree
// (past HUGE_TREE_ELEMENTS) they are asked in steps that can be cut, so that no single query
// holds the page (docs/performance.md, "Hostile pages", has the figures).

/** Subtrees that are not page prose: code, form fields, editable and hidden parts, our own UI. */
export const SKIP_SELECTORS = [
  'script',
  'style',
  'noscript',
  'textarea',
  'input',
  'select',
  'option',
  'code',
  'pre',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'head',
  'title',
  'kbd',
  'samp',
  'backstory-root',
  '[contenteditable]:not([contenteditable="false"])',
  '[aria-hidden="true"]',
  '[hidden]',
];
export const SKIP_SELECTOR = SKIP_SELECTORS.join(',');
/** A tree with more elements than this is queried in steps that can be cut. */
export const HUGE_TREE_ELEMENTS = 30_000;
/** In a huge tree, the work between two offers to pause (elements looked at, or kept). */
const STEPS_PER_PAUSE = 512;

/** Offered before each step; it yields when the current slice is spent. */
type Pause = ((heavyNext?: boolean) => Promise<void> | void) | undefined;

const SHOW_ELEMENT = 0x1;
const PRECEDING = 0x2;
const ORDERED_NODE_SNAPSHOT_TYPE = 7;
/** Custom elements, the ones that carry shadow roots; their names hold a hyphen. */
const CUSTOM_ELEMENTS = "descendant::*[contains(local-name(), '-')]";

/** How many elements `container` holds (a shadow root's are not counted: they are few). */
function elementCount(container: ParentNode & Node): number {
  const collection = (container as Partial<Element>).getElementsByTagName?.('*');
  return collection ? collection.length : 0;
}

/**
 * The skipped elements under `container`, in document order. A huge tree is asked one
 * selector at a time, each query a step of its own, and the answers merged in slices.
 */
export async function skippedElements(
  container: ParentNode & Node,
  pause: Pause,
): Promise<ArrayLike<Element>> {
  if (elementCount(container) <= HUGE_TREE_ELEMENTS) return container.querySelectorAll(SKIP_SELECTOR);
  const lists: NodeListOf<Element>[] = [];
  for (const selector of SKIP_SELECTORS) {
    const ready = pause?.(true);
    if (ready) await ready;
    const found = container.querySelectorAll(selector);
    if (found.length > 0) lists.push(found);
  }
  if (lists.length <= 1) return lists[0] ?? [];
  // A k-way merge; an element that matches two selectors (a hidden <pre>) is kept once.
  const merged: Element[] = [];
  const next = lists.map(() => 0);
  for (;;) {
    let first = -1;
    for (let k = 0; k < lists.length; k++) {
      const candidate = lists[k]![next[k]!];
      if (!candidate) continue;
      if (first < 0 || lists[first]![next[first]!]!.compareDocumentPosition(candidate) & PRECEDING) first = k;
    }
    if (first < 0) return merged;
    const element = lists[first]![next[first]!++]!;
    if (merged[merged.length - 1] !== element) merged.push(element);
    if (merged.length % STEPS_PER_PAUSE === 0) {
      const waiting = pause?.();
      if (waiting) await waiting;
    }
  }
}

/** The custom elements under `container`, in document order. */
export async function customElementsOf(
  doc: Document,
  container: ParentNode & Node,
  pause: Pause,
): Promise<Element[]> {
  return elementCount(container) <= HUGE_TREE_ELEMENTS
    ? customElements(doc, container)
    : customElementsInSteps(doc, container, pause);
}

/** The custom elements of a huge tree, found by a walk that pauses. */
async function customElementsInSteps(
  doc: Document,
  container: ParentNode & Node,
  pause: Pause,
): Promise<Element[]> {
  const hosts: Element[] = [];
  const walker = doc.createTreeWalker(container, SHOW_ELEMENT);
  let count = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if ((node as Element).localName.includes('-')) hosts.push(node as Element);
    if (++count % STEPS_PER_PAUSE === 0) {
      const waiting = pause?.();
      if (waiting) {
        await waiting;
        if (!node.isConnected) break;
      }
    }
  }
  return hosts;
}

function customElements(doc: Document, container: ParentNode & Node): Element[] {
  try {
    const found = doc.evaluate(CUSTOM_ELEMENTS, container, null, ORDERED_NODE_SNAPSHOT_TYPE, null);
    const hosts: Element[] = [];
    for (let i = 0; i < found.snapshotLength; i++) hosts.push(found.snapshotItem(i) as Element);
    return hosts;
  } catch {
    // An XPath engine without string functions (jsdom's): every element, then by name.
    return [...container.querySelectorAll('*')].filter((element) => element.localName.includes('-'));
  }
}
