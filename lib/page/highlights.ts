// Marks mentions with the CSS Custom Highlight API: the page's DOM is not touched and
// nothing reflows. The look is the ::highlight(backstory-mention) rule in content/style.css.
import type { Mention } from '../scanner/scan';

export const HIGHLIGHT_NAME = 'backstory-mention';

export function canHighlight(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

export function paintHighlights(mentions: readonly Mention[]): void {
  if (!canHighlight()) return;
  const ranges: Range[] = [];
  for (const m of mentions) {
    const range = new Range();
    range.setStart(m.node, m.start);
    range.setEnd(m.node, m.end);
    ranges.push(range);
  }
  CSS.highlights.set(HIGHLIGHT_NAME, new Highlight(...ranges));
}

export function clearHighlights(): void {
  if (canHighlight()) CSS.highlights.delete(HIGHLIGHT_NAME);
}
