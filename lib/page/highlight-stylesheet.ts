// The one stylesheet Backstory adds to pages: how a marked name looks in each highlight
// style. A highlight cannot change layout, so the page's text and layout stay as they were.
//
// In Chrome a ::highlight() rule that matches every element costs the whole page, marks or
// not (measured: docs/performance.md, "Figures behind the code").
// Chrome styles custom highlights by highlight inheritance (since the API shipped, in 105), so
// one rule on the root element reaches every marked word at no measurable cost. Firefox does
// not inherit highlight styles (a root rule paints nothing there), so it keeps the rule on
// every element.
import { HIGHLIGHT_NAMES } from './highlights';

const LOOKS: Record<keyof typeof HIGHLIGHT_NAMES, string> = {
  underline: `background-color: rgba(255, 190, 0, 0.16);
  text-decoration: underline dotted rgba(176, 112, 0, 0.95);
  text-decoration-thickness: 1.5px;
  text-underline-offset: 2px;`,
  background: 'background-color: rgba(255, 190, 0, 0.35);',
};

export function highlightStylesheet(browser: 'chrome' | 'firefox'): string {
  const scope = browser === 'firefox' ? '' : ':root';
  return Object.entries(HIGHLIGHT_NAMES)
    .map(([style, name]) => `${scope}::highlight(${name}) {\n  ${LOOKS[style as keyof typeof LOOKS]}\n}\n`)
    .join('');
}
