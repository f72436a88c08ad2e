// Marks mentions with the CSS Custom Highlight API: the page's DOM is not touched and
// nothing reflows. Each highlight style is its own registered name, styled by a
// ::highlight() rule (highlight-stylesheet.ts); "none" registers nothing (hover still works).
import type { HighlightStyle } from '../settings/settings';
import type { Mention } from '../scanner/scan';

export const HIGHLIGHT_NAMES: Record<Exclude<HighlightStyle, 'none'>, string> = {
  underline: 'backstory-underline',
  background: 'backstory-background',
};

export function canHighlight(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

/** Whether this page's registry holds Backstory's marks: a page without any is never touched. */
let painted = false;

export function paintHighlights(mentions: readonly Mention[], style: HighlightStyle): void {
  clearHighlights();
  if (style === 'none' || mentions.length === 0 || !canHighlight()) return;
  // Static ranges: a live Range is updated by the browser on every change to the page's
  // DOM, for as long as it lives; these are replaced by a rescan when their text changes.
  const ranges: StaticRange[] = [];
  for (const m of mentions) {
    ranges.push(
      new StaticRange({
        startContainer: m.node,
        startOffset: m.start,
        endContainer: m.node,
        endOffset: m.end,
      }),
    );
  }
  CSS.highlights.set(HIGHLIGHT_NAMES[style], new Highlight(...ranges));
  painted = true;
}

export function clearHighlights(): void {
  if (!painted) return;
  for (const name of Object.values(HIGHLIGHT_NAMES)) CSS.highlights.delete(name);
  painted = false;
}
