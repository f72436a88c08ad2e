// Where the reader is looking when a page opens scrolled down: a link to an anchor, a reload
// or a step back in history can put them mid-page, and on a long page the marks they can see
// should come first. Any other page opens at its top, where the walk starts anyway, and its
// layout is not read at all (reading the scroll position can force a layout).

/** Whether a page may have opened somewhere other than its top. */
export function mayOpenScrolled(hash: string, navigationType: string | undefined): boolean {
  return hash.length > 1 || navigationType === 'reload' || navigationType === 'back_forward';
}

/**
 * Where to start reading when the page opened below its first screen: the anchor the link
 * named, else what is near the top of the view (an eighth of the way down, below most sticky
 * headers; a header hit instead starts the walk where the header is, usually the top).
 */
export function viewportStart(doc: Document): Element | undefined {
  const view = doc.defaultView;
  if (!view) return undefined;
  const [navigation] = view.performance.getEntriesByType?.('navigation') ?? [];
  if (!mayOpenScrolled(view.location.hash, (navigation as PerformanceNavigationTiming | undefined)?.type)) {
    return undefined;
  }
  if (view.scrollY < view.innerHeight) return undefined;
  const element =
    doc.querySelector(':target') ?? doc.elementFromPoint?.(view.innerWidth / 2, view.innerHeight / 8);
  return element && element !== doc.body && element !== doc.documentElement ? element : undefined;
}
