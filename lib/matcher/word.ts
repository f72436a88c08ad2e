// Whether a character continues a word, for the few characters around a match. The matcher
// itself reads a precomputed table instead.
const WORD_CHAR = /[\p{L}\p{N}\p{M}_\u00ad]/u;

export function isWordChar(code: number): boolean {
  if (code < 0x80) {
    return (
      (code >= 0x30 && code <= 0x39) ||
      (code >= 0x41 && code <= 0x5a) ||
      (code >= 0x61 && code <= 0x7a) ||
      code === 0x5f
    );
  }
  // A lone surrogate is half of a character outside the first plane: almost always a letter.
  return (code >= 0xd800 && code <= 0xdfff) || WORD_CHAR.test(String.fromCharCode(code));
}
