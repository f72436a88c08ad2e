// The ways to find names in text that the benchmark compares with Backstory's matcher.
import { JSDOM } from 'jsdom';
import Mark from 'mark.js';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Literal names: a regex baseline at its fastest (\s+ for line breaks costs it dearly).
const pattern = escape;
// The form people write: \b on both sides, no Unicode flag (V8 interprets large Unicode
// patterns with look-behind thousands of times slower, which would flatter Backstory).
const BEFORE = '\\b';
const AFTER = '\\b';

/** The floor every matcher pays: reading each character once. */
export function charCodeFloor(texts: readonly string[]): number {
  let sum = 0;
  for (const text of texts) for (let i = 0; i < text.length; i++) sum = (sum + text.charCodeAt(i)) | 0;
  return sum;
}

/** One alternation of every name, longest first, with word boundaries. */
export function oneRegex(names: readonly string[]): (texts: readonly string[]) => number {
  const sorted = [...names].sort((a, b) => b.length - a.length);
  const re = new RegExp(`${BEFORE}(?:${sorted.map(pattern).join('|')})${AFTER}`, 'g');
  return (texts) => {
    let count = 0;
    for (const text of texts) {
      re.lastIndex = 0;
      while (re.exec(text)) count++;
    }
    return count;
  };
}

/** One RegExp per name, each run over the whole text. */
export function perNameRegex(names: readonly string[]): (texts: readonly string[]) => number {
  const res = names.map((name) => new RegExp(`${BEFORE}${pattern(name)}${AFTER}`, 'g'));
  return (texts) => {
    let count = 0;
    for (const re of res) {
      for (const text of texts) {
        re.lastIndex = 0;
        while (re.exec(text)) count++;
      }
    }
    return count;
  };
}

/** mark.js over a document holding the texts, finding without wrapping (filter says no). */
export function markJs(names: readonly string[], texts: readonly string[]): () => number {
  const { window } = new JSDOM('<!doctype html><body></body>');
  const { document } = window;
  // mark.js reads the browser's globals.
  for (const name of [
    'Node',
    'NodeList',
    'NodeFilter',
    'HTMLElement',
    'Element',
    'Document',
    'DocumentFragment',
    'HTMLCollection',
    'Text',
  ]) {
    (globalThis as Record<string, unknown>)[name] = (window as unknown as Record<string, unknown>)[name];
  }
  Object.assign(globalThis, { window, document });
  for (const text of texts) {
    const p = document.createElement('p');
    p.textContent = text;
    document.body.append(p);
  }
  const marker = new Mark(document.body as unknown as HTMLElement);
  return () => {
    let count = 0;
    const options = {
      separateWordSearch: false,
      caseSensitive: true,
      diacritics: false,
      accuracy: 'exactly' as const,
      filter: () => {
        count++;
        return false;
      },
    };
    // One call per name: given the whole list at once, mark.js recurses once per name and
    // overflows the stack at a few thousand. Each call makes the same one pass per name.
    for (const name of names) marker.mark(name, options);
    return count;
  };
}
