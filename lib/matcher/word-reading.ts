// Reading the words around a name in a text: the word after it, before it, joined to it by
// a hyphen, and whether a word stands anywhere in the text. Word characters are word.ts's.
import { isWordChar } from './word';

/** The start of the next word after `end`, past spaces. */
export function nextWordStart(text: string, end: number): number {
  let i = end;
  while (i < text.length && (text[i] === ' ' || text[i] === '\n' || text[i] === '\u00a0')) i++;
  return i;
}

/** The word that starts at `start`, or "". */
function wordFrom(text: string, start: number): string {
  let i = start;
  while (i < text.length && isWordChar(text.charCodeAt(i))) i++;
  return text.slice(start, i);
}

export function wordAfter(text: string, end: number): string {
  if (text.charCodeAt(end) === 0x2019 || text.charCodeAt(end) === 0x27) return "'s";
  return wordFrom(text, nextWordStart(text, end));
}

/** The word a hyphen joins to the end of a name ("owned" in "Amazon-owned"), or "". */
export function compoundAfter(text: string, end: number): string {
  const code = text.charCodeAt(end);
  // Hyphen-minus, hyphen, non-breaking hyphen; not a dash ("the Amazon–Palantir deal").
  if (code !== 0x2d && code !== 0x2010 && code !== 0x2011) return '';
  return wordFrom(text, end + 1);
}

/** The word before a name across an abbreviation's full stop: "Sen" in "Sen. Harris", or "". */
export function abbreviationBefore(text: string, start: number): string {
  let i = start - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\u00a0')) i--;
  return text[i] === '.' ? wordBefore(text, i) : '';
}

export function wordBefore(text: string, start: number): string {
  let i = start - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\n' || text[i] === '\u00a0')) i--;
  const end = i + 1;
  while (i >= 0 && isWordChar(text.charCodeAt(i))) i--;
  return text.slice(i + 1, end);
}

/** Whether `word` stands in `text` at `at` as a whole word (case as written). */
export function wordAt(text: string, word: string, at: number): boolean {
  const end = at + word.length;
  return (
    text.startsWith(word, at) &&
    (at === 0 || !isWordChar(text.charCodeAt(at - 1))) &&
    (end === text.length || !isWordChar(text.charCodeAt(end)))
  );
}

/** Whether `word` stands anywhere in `text` as a whole word. */
export function hasWord(text: string, word: string): boolean {
  if (word === '') return false;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (wordAt(text, word, at)) return true;
  }
  return false;
}

export const isCapital = (word: string) => word !== '' && word[0] !== word[0]!.toLowerCase();
