// What continues a word around a name. Letters, digits, marks and "_" do, except in the
// scripts written without spaces between words (Han, kana, Thai and its neighbours) and in
// Hangul, whose particles attach straight to a foreign name: "Amazonの", "员工Palantir与",
// "Amazon의" each hold a whole name. Unicode's word-break rules likewise break between Latin
// letters and Han, kana or the Thai-like scripts; no alias is written in these scripts.
const LETTER_DIGIT_MARK = /[\p{L}\p{N}\p{M}_]/u;
const UNSPACED_OR_PARTICLE_SCRIPT =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Bopomofo}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Tai_Tham}\p{Script=Tai_Viet}\u30fc\uff70]/u;

/** Skipped inside a name and part of the word around it. */
export const SOFT_HYPHEN = 0xad;

/**
 * Whether a character continues a word: read here for the few characters around a match,
 * and once by the data build for the matcher's precomputed table.
 */
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
  if (code === SOFT_HYPHEN || (code >= 0xd800 && code <= 0xdfff)) return true;
  const char = String.fromCharCode(code);
  return LETTER_DIGIT_MARK.test(char) && !UNSPACED_OR_PARTICLE_SCRIPT.test(char);
}
