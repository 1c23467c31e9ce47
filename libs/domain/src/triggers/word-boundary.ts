// A "word character" is a letter, digit or combining mark in any script, plus connector punctuation
// (`_`), which UAX #29 also treats as part of a word: "cancel_order" is one word, not "cancel".
const WORD = /^[\p{L}\p{N}\p{M}\p{Pc}]$/u;
// Scripts written without spaces between words: a boundary cannot be seen there, so phrases in
// them match as substrings, and a switch into them counts as a boundary ("我要refund").
const NO_SPACE = /^[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Thai}\p{scx=Lao}\p{scx=Khmer}\p{scx=Myanmar}]$/u;

const UNKNOWN = 0;
const NOT_WORD = 1;
const WORD_SPACED = 2;
const WORD_UNSPACED = 3;

// Classes of BMP code points, filled on first sight: the regexes are too slow for a hot loop.
const bmpClass = new Uint8Array(0x10000);

function classify(codePoint: number): number {
  if (codePoint < 0x10000) {
    const known = bmpClass[codePoint] as number;
    if (known !== UNKNOWN) return known;
  }
  const char = String.fromCodePoint(codePoint);
  const found = !WORD.test(char) ? NOT_WORD : NO_SPACE.test(char) ? WORD_UNSPACED : WORD_SPACED;
  if (codePoint < 0x10000) bmpClass[codePoint] = found;
  return found;
}

/** Whether a code point is part of a word: `\p{L}`, `\p{N}`, `\p{M}` or `\p{Pc}` (`_`). */
export const isWordCodePoint = (codePoint: number): boolean => classify(codePoint) !== NOT_WORD;

/** Whether a code point is a word character of a script written without spaces (Han, kana, Thai, Lao, Khmer, Myanmar). */
export const isUnspacedWordCodePoint = (codePoint: number): boolean => classify(codePoint) === WORD_UNSPACED;

/**
 * Whether a phrase whose first (or last) code point is this one needs a word boundary on that side:
 * only word characters of spaced scripts do. A phrase edge like "!" or "退" has no boundary to check.
 */
export const needsBoundary = (codePoint: number): boolean => classify(codePoint) === WORD_SPACED;

const continuesWord = (codePoint: number): boolean => classify(codePoint) === WORD_SPACED;

/** The code point that ends just before `index` (a whole surrogate pair if there is one), or -1 at the start. */
export function codePointBefore(text: string, index: number): number {
  if (index <= 0) return -1;
  const low = text.charCodeAt(index - 1);
  if (low >= 0xdc00 && low <= 0xdfff && index >= 2) {
    const high = text.charCodeAt(index - 2);
    if (high >= 0xd800 && high <= 0xdbff) return (high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
  }
  return low;
}

/**
 * Whether a word may start at `index`: the text starts there, or the character before it does not
 * continue a word (not a word character, or one of a script written without spaces).
 */
export function isBoundaryBefore(text: string, index: number): boolean {
  const before = codePointBefore(text, index);
  return before < 0 || !continuesWord(before);
}

/** Whether a word may end at `index`: the text ends there, or the character there does not continue a word. */
export function isBoundaryAfter(text: string, index: number): boolean {
  const after = text.codePointAt(index);
  return after === undefined || !continuesWord(after);
}

/** The end of the word that goes on at `index` (spaced scripts only), so a prefix match reports the whole word. */
export function findWordEnd(text: string, index: number): number {
  let end = index;
  for (;;) {
    const next = text.codePointAt(end);
    if (next === undefined || !continuesWord(next)) return end;
    end += next > 0xffff ? 2 : 1;
  }
}
