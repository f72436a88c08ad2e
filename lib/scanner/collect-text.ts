// The only DOM walker. It visits text nodes only: a content script runs in its own world,
// where every node handed to it needs a wrapper of that world, and every kind of element a
// wrapper class of its own; both are made on first sight, so a page's elements are best not
// seen at all. The subtrees to leave out are found by one selector query (tree-queries.ts)
// and jumped over when the walk reaches them; open shadow roots are found on custom elements
// by one XPath query and walked after the tree that holds them. In a content script every line of this runs cold
// (interpreted, once per page): the work per node is kept to a few native calls.
import { customElementsOf, SKIP_SELECTOR, skippedElements } from './tree-queries';

export { HUGE_TREE_ELEMENTS, SKIP_SELECTOR, SKIP_SELECTORS } from './tree-queries';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const DOCUMENT_NODE = 9;
const DOCUMENT_FRAGMENT_NODE = 11;
const SHOW_TEXT = 0x4;
/** compareDocumentPosition: the other node comes after, or holds, this one. */
const FOLLOWING = 0x4;
const CONTAINS = 0x8;
const DISCONNECTED = 0x1;
/** How many times a walk starts again when the page takes its place away. */
const MAX_WALKS = 3;
/** The walk offers to pause after this many steps (a text node read, or a part jumped over). */
const PAUSE_EVERY = 32;

export class SkipRules {
  private readonly cache = new WeakMap<Element, boolean>();

  /** True when `element` or an ancestor is skipped (for a walk that starts mid-page). */
  skips(element: Element | null): boolean {
    if (!element) return false;
    const cached = this.cache.get(element);
    if (cached !== undefined) return cached;
    const parent = element.parentElement ?? (element.parentNode as ShadowRoot | null)?.host ?? null;
    const result = element.matches(SKIP_SELECTOR) || this.skips(parent);
    this.cache.set(element, result);
    return result;
  }
}

/** Told of each text node to read; it returns a promise when it reads the node in slices of its own. */
export type Visit = (node: Text) => unknown;

export interface WalkOptions {
  /**
   * Awaited every few nodes, so the caller can cut the walk into slices; `heavyNext` says a
   * step that cannot be cut comes next (a query over the whole subtree).
   */
  pause?: (heavyNext?: boolean) => Promise<void> | void;
  rules?: SkipRules;
  /** Told of each open shadow root found, so it can be watched for changes too. */
  onShadowRoot?: (root: ShadowRoot) => void;
  /**
   * Where the reader is looking: the walk reads from there to the end first, then from the
   * top back to there (a page opened scrolled down gets its visible marks first).
   */
  startAt?: Node;
}

/** The element, document or fragment under which a walk reads, if `root` can hold text. */
function containerOf(root: Node): (ParentNode & Node) | null {
  const type = root.nodeType;
  if (type === DOCUMENT_NODE) return (root as Document).documentElement;
  return type === ELEMENT_NODE || type === DOCUMENT_FRAGMENT_NODE ? (root as ParentNode & Node) : null;
}

/**
 * Calls `visit` for every text node under `root` worth reading, in document order (from
 * `startAt` if given, then from the top back to it; the text of open shadow roots after the
 * tree holding them).
 */
export async function walkText(root: Node, visit: Visit, options: WalkOptions = {}): Promise<void> {
  const rules = options.rules ?? new SkipRules();
  if (root.nodeType === TEXT_NODE) {
    const parent = (root as Text).parentElement ?? (root.parentNode as ShadowRoot | null)?.host ?? null;
    if (!rules.skips(parent)) await (visit(root as Text) as Promise<void> | undefined);
    return;
  }
  const container = containerOf(root);
  if (!container) return;
  if (container.nodeType === ELEMENT_NODE && rules.skips(container as Element)) return;
  const doc = container.ownerDocument ?? (container as unknown as Document);

  // A page may take away the node the walk stands on while it pauses; a tree walker cannot go
  // on from a node outside the page, so the walk starts again, from the top (nodes seen twice
  // are harmless).
  const start = startInside(container, options.startAt, rules);
  for (let attempt = 0; attempt < MAX_WALKS && container.isConnected; attempt++) {
    if (attempt === 0 && start) {
      let firstRead: Node | undefined;
      const visitFirst = (node: Text) => {
        firstRead ??= node;
        return visit(node);
      };
      if (!(await walkTree(doc, container, visitFirst, options, { from: start }))) continue;
      if (await walkTree(doc, container, visit, options, { until: firstRead })) break;
    } else if (await walkTree(doc, container, visit, options)) break;
  }
  if (!(await readyForQuery(container, options))) return;
  for (const shadow of await openShadowRoots(doc, container, rules, options)) {
    options.onShadowRoot?.(shadow);
    await walkText(shadow, visit, { ...options, rules });
  }
}

/**
 * Offers to pause before a query over the whole of `container`: the query starts a slice
 * rather than ending one (a slice too spent to hold it, such as one that made the page's
 * first wrappers, yields first). False when the page took `container` away meanwhile.
 */
async function readyForQuery(container: Node, options: WalkOptions): Promise<boolean> {
  const ready = options.pause?.(true);
  if (ready) await ready;
  return container.isConnected;
}

/** A place to start inside `container` that is read at all (not code, not hidden), if any. */
function startInside(container: Node, start: Node | undefined, rules: SkipRules): Node | undefined {
  if (!start || start === container || !container.contains(start)) return undefined;
  const element = start.nodeType === ELEMENT_NODE ? (start as Element) : start.parentElement;
  return rules.skips(element) ? undefined : start;
}

/** The part of a walk to read: from a node (inclusive) and until a text node (exclusive). */
interface Stretch {
  from?: Node;
  until?: Node | undefined;
}

/** One walk over `container`'s text; false when it was cut short by the page. */
async function walkTree(
  doc: Document,
  container: ParentNode & Node,
  visit: Visit,
  options: WalkOptions,
  stretch: Stretch = {},
): Promise<boolean> {
  if (!(await readyForQuery(container, options))) return true;
  const skipped = await skippedElements(container, options.pause);
  if (!container.isConnected) return true;
  const walker = doc.createTreeWalker(container, SHOW_TEXT);
  // The first text node at or after a skipped element: reaching it is reaching the element.
  const probe = doc.createTreeWalker(container, SHOW_TEXT);
  let nextSkipped = stretch.from ? firstSkippedAfter(skipped, stretch.from) : 0;
  const nextBoundary = (): Node | null => {
    while (nextSkipped < skipped.length) {
      const element = skipped[nextSkipped]!;
      if (element.isConnected) {
        probe.currentNode = element;
        return probe.nextNode();
      }
      nextSkipped++;
    }
    return null;
  };
  let boundary = nextBoundary();
  let node: Node | null;
  if (stretch.from?.nodeType === TEXT_NODE) {
    node = stretch.from;
    walker.currentNode = node;
  } else {
    // From an element, the next text node is its first one, or the first after it.
    if (stretch.from) walker.currentNode = stretch.from;
    node = walker.nextNode();
  }
  let count = 0;
  while (node && node !== stretch.until) {
    if (node === boundary) {
      // The walk has reached the next skipped element: pass it, and every other one that
      // starts before this text node (many may hold no text at all: icons, empty scripts).
      while (nextSkipped < skipped.length) {
        const element = skipped[nextSkipped]!;
        const position = node.compareDocumentPosition(element);
        if (position & FOLLOWING && !(position & DISCONNECTED)) break;
        nextSkipped++;
        if (position & CONTAINS) {
          node = nodeAfter(walker, element);
          while (nextSkipped < skipped.length && element.contains(skipped[nextSkipped]!)) nextSkipped++;
          if (!node) break;
        }
      }
      if (!node || node === stretch.until) break;
      boundary = nextBoundary();
    }
    // A long text is read in pieces, with pauses of its own between them.
    const reading = visit(node as Text);
    if (reading instanceof Promise) {
      await reading;
      if (!node.isConnected) return false;
    }
    if (++count % PAUSE_EVERY === 0) {
      const waiting = options.pause?.();
      if (waiting) {
        await waiting;
        if (!node.isConnected) return false;
      }
    }
    node = walker.nextNode();
  }
  return true;
}

/**
 * The index of the first skipped element that follows `start` (`skipped` is in document
 * order and none of them holds `start`, so those before it all end before it).
 */
function firstSkippedAfter(skipped: ArrayLike<Element>, start: Node): number {
  let low = 0;
  let high = skipped.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (start.compareDocumentPosition(skipped[middle]!) & FOLLOWING) high = middle;
    else low = middle + 1;
  }
  return low;
}

/** The first text node after `element`'s subtree, where `walker` stands next. */
function nodeAfter(walker: TreeWalker, element: Element): Node | null {
  walker.currentNode = element;
  // A text walker's nextSibling from an element is the first text after its subtree.
  return walker.nextSibling();
}

/** The open shadow roots of the custom elements under `container` that are read at all. */
async function openShadowRoots(
  doc: Document,
  container: ParentNode & Node,
  rules: SkipRules,
  options: WalkOptions,
): Promise<ShadowRoot[]> {
  const roots: ShadowRoot[] = [];
  const hosts = await customElementsOf(doc, container, options.pause);
  for (const host of hosts) {
    const shadow = host.shadowRoot;
    if (shadow && !rules.skips(host)) roots.push(shadow);
  }
  return roots;
}
