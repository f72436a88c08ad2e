// The only DOM walker. A TreeWalker over text nodes with no JS filter (a JS NodeFilter costs
// 5–10× the walk); skipped subtrees are decided per parent element and cached.

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
]);

/** Backstory's own UI, the one shadow host it adds to a page. */
export const OWN_HOST_TAG = 'BACKSTORY-ROOT';

export class SkipRules {
  private readonly cache = new WeakMap<Element, boolean>();

  /** True when text inside `element` must be left alone. */
  skips(element: Element | null): boolean {
    if (!element) return false;
    const cached = this.cache.get(element);
    if (cached !== undefined) return cached;
    const tag = element.tagName.toUpperCase();
    const editable = element.getAttribute('contenteditable');
    const own =
      SKIPPED_TAGS.has(tag) ||
      tag === OWN_HOST_TAG ||
      (editable !== null && editable !== 'false') ||
      element.getAttribute('aria-hidden') === 'true' ||
      element.hasAttribute('hidden');
    const result = own || this.skips(element.parentElement);
    this.cache.set(element, result);
    return result;
  }
}

/**
 * Calls `visit` for every text node under `root` whose text is worth matching, in document
 * order. `pause` is awaited between nodes so the caller can cut the walk into slices.
 */
export async function walkText(
  root: Node,
  visit: (node: Text) => void,
  pause: () => Promise<void> | void = () => {},
  rules: SkipRules = new SkipRules(),
): Promise<void> {
  const doc = root.ownerDocument ?? (root as Document);
  // 4 = NodeFilter.SHOW_TEXT; the constant is spelled out so the walker runs under any DOM.
  const walker = doc.createTreeWalker(root, 4);
  let node = walker.nextNode();
  if (!node && root.nodeType === 3) node = root;
  while (node) {
    const text = node as Text;
    if (!rules.skips(text.parentElement)) visit(text);
    const waiting = pause();
    if (waiting) await waiting;
    node = walker.nextNode();
  }
}
