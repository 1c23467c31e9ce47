import { foldCase } from '../shared/normalize-text';

/** What `foldUnit` returns for a code unit that does not fold to exactly one unit. */
export const NOT_ONE_UNIT = -1;

/**
 * The end of the "grapheme-ish" chunk starting at `start`: one code point and the marks that
 * combine with it (and Hangul jamo that compose), so NFKC sees "e + ◌́" together.
 */
export function chunkEnd(text: string, start: number): number {
  let end = start + unitLength(text, start);
  while (end < text.length && text.charCodeAt(end) >= 0x300 && isCombining(text.codePointAt(end) as number)) {
    end += unitLength(text, end);
  }
  return end;
}

function unitLength(text: string, index: number): number {
  const c = text.charCodeAt(index);
  if (c < 0xd800 || c > 0xdbff) return 1;
  const next = text.charCodeAt(index + 1);
  return next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
}

// Marks, and the Hangul vowel and final jamo that compose with the syllable before them.
const COMBINING = /^[\p{M}\u1160-\u11ff\ud7b0-\ud7ff]$/u;
// 1 = combining, 2 = not, 0 = not seen yet: the regex is too slow to run on every character.
const combiningBmp = new Uint8Array(0x10000);

/**
 * Whether the BMP unit at a chunk's second position may belong to the chunk: a combining unit, or
 * any surrogate (a pair could be an astral mark; `chunkEnd` decides exactly).
 */
export function continuesChunk(unit: number): boolean {
  return (unit >= 0xd800 && unit <= 0xdfff) || isCombining(unit);
}

function isCombining(codePoint: number): boolean {
  if (codePoint > 0xffff) return COMBINING.test(String.fromCodePoint(codePoint));
  let known = combiningBmp[codePoint] as number;
  if (known === 0) {
    known = COMBINING.test(String.fromCodePoint(codePoint)) ? 1 : 2;
    combiningBmp[codePoint] = known;
  }
  return known === 1;
}

// Per variant (accents kept, folded), the fold of each lone BMP unit: 0 = not seen yet, else the
// folded unit + 1, or NOT_ONE_UNIT. Nearly every character of a message is answered from here.
const unitFolds = [new Int32Array(0x10000), new Int32Array(0x10000)] as const;

/** The single unit a lone BMP code unit folds to, or `NOT_ONE_UNIT` (ß → ss, ﬁ → fi, a bare mark → ''). */
export function foldUnit(unit: number, ignoreAccents: boolean): number {
  const table = unitFolds[ignoreAccents ? 1 : 0];
  const known = table[unit] as number;
  if (known !== 0) return known > 0 ? known - 1 : NOT_ONE_UNIT;
  const folded = foldChunk(String.fromCharCode(unit), ignoreAccents);
  const found = folded.length === 1 ? folded.charCodeAt(0) : NOT_ONE_UNIT;
  table[unit] = found === NOT_ONE_UNIT ? NOT_ONE_UNIT : found + 1;
  return found;
}

const MARKS = /\p{M}+/gu;
const MAX_MEMO = 8192;
// Chunks repeat endlessly in real text, and NFKC on a two-character string is the expensive part.
const memos = [new Map<string, string>(), new Map<string, string>()] as const;

/** A chunk after NFKC, `foldCase` and, if asked, accent folding: the steps of `normalizeText`. */
export function foldChunk(chunk: string, ignoreAccents: boolean): string {
  const memo = memos[ignoreAccents ? 1 : 0];
  const known = memo.get(chunk);
  if (known !== undefined) return known;
  let folded = foldCase(chunk.normalize('NFKC'));
  if (ignoreAccents) folded = folded.normalize('NFD').replace(MARKS, '').normalize('NFC');
  if (memo.size >= MAX_MEMO) memo.clear();
  memo.set(chunk, folded);
  return folded;
}

/**
 * Folds accents in already-normalised text unit by unit, when every unit folds to exactly one unit
 * ("pääsy" → "paasy"): the result then lines up with the input, offset for offset, and equals
 * normalising the original with accents folded. Returns null otherwise (a bare mark, a surrogate:
 * astral marks exist), and the input itself when nothing changes.
 */
export function foldAccentsOneToOne(normalized: string): string | null {
  let units: number[] | null = null;
  for (let i = 0; i < normalized.length; i++) {
    const unit = normalized.charCodeAt(i);
    const folded = unit < 0xc0 ? unit : unit >= 0xd800 && unit <= 0xdfff ? NOT_ONE_UNIT : foldUnit(unit, true);
    if (folded === NOT_ONE_UNIT) return null;
    if (units === null && folded !== unit) {
      units = [];
      for (let k = 0; k < i; k++) units.push(normalized.charCodeAt(k));
    }
    units?.push(folded);
  }
  return units === null ? normalized : fromUnits(units);
}

const CHUNK = 4096;

/** Builds a string from UTF-16 units, in slices small enough to spread as arguments. */
export function fromUnits(units: readonly number[]): string {
  if (units.length <= CHUNK) return String.fromCharCode(...units);
  let out = '';
  for (let i = 0; i < units.length; i += CHUNK) out += String.fromCharCode(...units.slice(i, i + CHUNK));
  return out;
}
