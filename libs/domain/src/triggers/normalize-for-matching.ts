import { chunkEnd, continuesChunk, foldChunk, foldUnit, fromUnits, NOT_ONE_UNIT } from './fold-chunk';

/** A message normalised for matching, with a map from each of its UTF-16 units back to the original. */
export interface NormalizedMessage {
  readonly text: string;
  /** Where in the original the source of each unit starts; `null` when the map is the identity (nothing moved). */
  readonly starts: readonly number[] | null;
  /** Where in the original the source of each unit ends; `null` when the map is the identity. */
  readonly ends: readonly number[] | null;
}

/** How a message is normalised for matching; case is always folded. */
export interface MatchFolding {
  readonly ignoreAccents?: boolean;
}

/**
 * Normalises text once for matching: NFKC, case folding (`foldCase`), accent folding if asked,
 * runs of whitespace collapsed into one space, invisible format characters (soft hyphen, ZWJ,
 * ZWNJ, direction marks, word joiner, BOM) dropped. Works per "grapheme-ish" chunk (a code point
 * with its combining marks) because those steps change lengths (ß→ss, ﬁ→fi, é→e), and keeps
 * each output unit's source range so matches map back to the visitor's own text.
 */
export function normalizeForMatching(text: string, folding: MatchFolding = {}): NormalizedMessage {
  if (!NOT_PLAIN.test(text)) return { text: text.toLowerCase(), starts: null, ends: null };
  return normalizeChunks(text, folding.ignoreAccents === true);
}

/** Maps a range of the normalised text (non-empty) back to UTF-16 offsets in the original. */
export function toOriginalRange(message: NormalizedMessage, start: number, end: number): { start: number; end: number } {
  const { starts, ends } = message;
  if (starts === null || ends === null) return { start, end };
  // In bounds for any non-empty range of the text, which is the contract.
  return { start: starts[start] as number, end: ends[end - 1] as number };
}

// Anything but plain ASCII with single spaces: most chat messages are plain, and only need lower-casing.
// eslint-disable-next-line no-control-regex -- control characters are exactly what this range is about
const NOT_PLAIN = /[^\x00-\x08\x0e-\x7f]| {2}/;
const SPACE = 0x20;

// What a normalised unit does to the output: kept, collapsed into a single space, or dropped.
const KEEP = 0;
const SPACE_UNIT = 1;
const DROP = 2;
const UNIT_KIND = new Uint8Array(0x10000);
for (const u of [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0x85, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000]) UNIT_KIND[u] = SPACE_UNIT;
for (let u = 0x2000; u <= 0x200b; u++) UNIT_KIND[u] = SPACE_UNIT;
// Invisible characters that only steer rendering: "re\u00ADfund" is "refund" to the visitor.
for (const u of [0xad, 0x200c, 0x200d, 0x200e, 0x200f, 0x2060, 0xfeff]) UNIT_KIND[u] = DROP;

// The map stays null (the identity) until the first unit whose source is not the one unit at the
// same offset: most messages never get there ("Хочу возврат"), and skip building it. Until then a
// tight loop does the work; from that unit on, `normalizeMapped` keeps the map.
function normalizeChunks(text: string, ignoreAccents: boolean): NormalizedMessage {
  const units: number[] = [];
  const n = text.length;
  let i = 0;
  for (; i < n; i++) {
    // A lone BMP unit that nothing combines with, answered from a table.
    const next = i + 1 < n ? text.charCodeAt(i + 1) : 0;
    const single = next < 0x300 || !continuesChunk(next) ? foldUnit(text.charCodeAt(i), ignoreAccents) : NOT_ONE_UNIT;
    if (single === NOT_ONE_UNIT) break;
    const kind = UNIT_KIND[single];
    if (kind === DROP || (kind === SPACE_UNIT && units[i - 1] === SPACE)) break;
    units.push(kind === KEEP ? single : SPACE);
  }
  if (i === n) return { text: fromUnits(units), starts: null, ends: null };
  return normalizeMapped(text, ignoreAccents, units, i);
}

/** Goes on from `from`, where the output stopped lining up with `text`: `units` so far are `text`'s own, one for one. */
function normalizeMapped(text: string, ignoreAccents: boolean, units: number[], from: number): NormalizedMessage {
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < from; i++) {
    starts.push(i);
    ends.push(i + 1);
  }
  const emit = (unit: number, start: number, end: number): void => {
    const kind = UNIT_KIND[unit];
    const count = units.length;
    if (kind === DROP) return;
    if (kind === SPACE_UNIT && units[count - 1] === SPACE) ends[count - 1] = end;
    else {
      units.push(kind === KEEP ? unit : SPACE);
      starts.push(start);
      ends.push(end);
    }
  };
  const n = text.length;
  for (let i = from; i < n; ) {
    const next = i + 1 < n ? text.charCodeAt(i + 1) : 0;
    const single = next < 0x300 || !continuesChunk(next) ? foldUnit(text.charCodeAt(i), ignoreAccents) : NOT_ONE_UNIT;
    if (single !== NOT_ONE_UNIT) {
      emit(single, i, i + 1);
      i++;
      continue;
    }
    const end = chunkEnd(text, i);
    const folded = foldChunk(text.slice(i, end), ignoreAccents);
    for (let k = 0; k < folded.length; k++) emit(folded.charCodeAt(k), i, end);
    i = end;
  }
  return { text: fromUnits(units), starts, ends };
}
