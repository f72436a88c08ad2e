// The only DOM walker. One TreeWalker over elements and text with no JS filter (a JS
// NodeFilter costs 5–10× the walk): a skipped element's whole subtree is jumped over, and
// open shadow roots are walked after the tree that holds them.

const SKIPPED_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'CODE',
  'PRE',
  'TEMPLATE',
  'SVG',
  'MATH',
  'IFRAME',
  'OBJECT',
  'HEAD',
  'TITLE',
  'KBD',
  'SAMP',
]);

/** Backstory's own UI, the one shadow host it adds to a page. */
export const OWN_HOST_TAG = 'BACKSTORY-ROOT';

const SHOW_ELEMENT_AND_TEXT = 0x1 | 0x4;
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/**
 * The elements the DOM lets a page attach a shadow root to, besides custom elements (whose
 * names hold a hyphen). The walk asks only these for a shadow root: one call fewer into
 * the page's DOM for every link, list item, cell and image.
 */
const SHADOW_HOST_TAGS = new Set([
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'DIV',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'MAIN',
  'NAV',
  'P',
  'SECTION',
  'SPAN',
]);

/** The element's tag name in upper case (HTML's already are; SVG and XML ones may not be). */
function upperTag(element: Element): string {
  const name = element.tagName;
  return name.charCodeAt(0) >= 0x61 ? name.toUpperCase() : name;
}

/** True when `element` itself marks its subtree as not page prose to read. */
export function skipsSubtree(element: Element, tag = upperTag(element)): boolean {
  if (SKIPPED_TAGS.has(tag) || tag === OWN_HOST_TAG) return true;
  // Most elements carry no attributes at all: no need to ask for each one.
  if (!element.hasAttributes()) return false;
  const editable = element.getAttribute('contenteditable');
  return (
    (editable !== null && editable !== 'false') ||
    element.getAttribute('aria-hidden') === 'true' ||
    element.hasAttribute('hidden')
  );
}

export class SkipRules {
  private readonly cache = new WeakMap<Element, boolean>();

  /** True when `element` or an ancestor is skipped (for a rescan that starts mid-page). */
  skips(element: Element | null): boolean {
    if (!element) return false;
    const cached = this.cache.get(element);
    if (cached !== undefined) return cached;
    const parent = element.parentElement ?? (element.parentNode as ShadowRoot | null)?.host ?? null;
    const result = skipsSubtree(element) || this.skips(parent);
    this.cache.set(element, result);
    return result;
  }
}

export interface WalkOptions {
  pause?: () => Promise<void> | void;
  rules?: SkipRules;
  /** Told of each open shadow root found, so it can be watched for changes too. */
  onShadowRoot?: (root: ShadowRoot) => void;
}

/**
 * Calls `visit` for every text node under `root` worth matching, in document order (the
 * text of open shadow roots after the tree holding them). `pause` is awaited between nodes
 * so the caller can cut the walk into slices.
 */
export async function walkText(
  root: Node,
  visit: (node: Text) => void,
  options: WalkOptions = {},
): Promise<void> {
  const rules = options.rules ?? new SkipRules();
  const start = root.nodeType === ELEMENT_NODE ? (root as Element) : root.parentElement;
  if (start && root.nodeType !== 11 && rules.skips(start)) return;
  if (root.nodeType === TEXT_NODE) {
    visit(root as Text);
    return;
  }
  const doc = root.ownerDocument ?? (root as Document);
  const shadowRoots: ShadowRoot[] = [];
  const walker = doc.createTreeWalker(root, SHOW_ELEMENT_AND_TEXT);
  let node = walker.nextNode();
  while (node) {
    const type = node.nodeType;
    if (type === TEXT_NODE) {
      visit(node as Text);
    } else if (type === ELEMENT_NODE) {
      const element = node as Element;
      const tag = upperTag(element);
      if (skipsSubtree(element, tag)) {
        node = nextOutside(walker);
        continue;
      }
      if (SHADOW_HOST_TAGS.has(tag) || tag.includes('-')) {
        const shadow = element.shadowRoot;
        if (shadow) shadowRoots.push(shadow);
      }
    }
    const waiting = options.pause?.();
    if (waiting) await waiting;
    node = walker.nextNode();
  }
  for (const shadow of shadowRoots) {
    options.onShadowRoot?.(shadow);
    await walkText(shadow, visit, { ...options, rules });
  }
}

/** The node after the walker's current one, leaving its subtree unvisited. */
function nextOutside(walker: TreeWalker): Node | null {
  for (;;) {
    const sibling = walker.nextSibling();
    if (sibling) return sibling;
    if (!walker.parentNode()) return null;
  }
}
