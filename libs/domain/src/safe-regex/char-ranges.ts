import { numberAt } from './number-at';

/** The largest Unicode code point. */
export const MAX_CODE_POINT = 0x10ffff;

/** Sorts and merges flattened inclusive `[lo, hi]` pairs. */
export function normalizeRanges(pairs: readonly number[]): number[] {
  const list: Array<readonly [number, number]> = [];
  for (let i = 0; i + 1 < pairs.length; i += 2) list.push([numberAt(pairs, i), numberAt(pairs, i + 1)]);
  list.sort((a, b) => a[0] - b[0]);
  const out: number[] = [];
  for (const [lo, hi] of list) {
    const last = out.length - 1;
    const lastHi = out[last];
    if (lastHi !== undefined && lo <= lastHi + 1) out[last] = Math.max(lastHi, hi);
    else out.push(lo, hi);
  }
  return out;
}

/** The code points not covered by normalised `ranges`. */
export function complementRanges(ranges: readonly number[]): number[] {
  const out: number[] = [];
  let next = 0;
  for (let i = 0; i + 1 < ranges.length; i += 2) {
    const lo = numberAt(ranges, i);
    if (lo > next) out.push(next, lo - 1);
    next = numberAt(ranges, i + 1) + 1;
  }
  if (next <= MAX_CODE_POINT) out.push(next, MAX_CODE_POINT);
  return out;
}

/** Whether `cp` lies in normalised `ranges` (binary search). */
export function rangesInclude(ranges: readonly number[], cp: number): boolean {
  let low = 0;
  let high = (ranges.length >> 1) - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (cp < numberAt(ranges, mid * 2)) high = mid - 1;
    else if (cp > numberAt(ranges, mid * 2 + 1)) low = mid + 1;
    else return true;
  }
  return false;
}

/** `\d`: ASCII digits, as in RE2 and JavaScript. */
export const DIGIT_RANGES: readonly number[] = [0x30, 0x39];

/** `\w`: ASCII word characters, as in RE2 (JavaScript without `i` agrees). */
export const WORD_RANGES: readonly number[] = [0x30, 0x39, 0x41, 0x5a, 0x5f, 0x5f, 0x61, 0x7a];

/** `\s`: JavaScript's white space and line terminators (RE2's `\s` is ASCII-only; ours also takes NBSP and friends). */
export const SPACE_RANGES: readonly number[] = normalizeRanges([
  0x09, 0x0d, 0x20, 0x20, 0xa0, 0xa0, 0x1680, 0x1680, 0x2000, 0x200a, 0x2028, 0x2029, 0x202f, 0x202f, 0x205f, 0x205f,
  0x3000, 0x3000, 0xfeff, 0xfeff,
]);

/** Line terminators, which `.` skips and multiline `^`/`$` stop at (JavaScript's set, wider than RE2's `\n`). */
export const LINE_TERMINATOR_RANGES: readonly number[] = [0x0a, 0x0a, 0x0d, 0x0d, 0x2028, 0x2029];

/** Whether `cp` is an ASCII word character, the only kind `\b` looks at. */
export const isWordCodePoint = (cp: number): boolean =>
  (cp >= 0x61 && cp <= 0x7a) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x30 && cp <= 0x39) || cp === 0x5f;

/** Whether `cp` ends a line. */
export const isLineTerminator = (cp: number): boolean => cp === 0x0a || cp === 0x0d || cp === 0x2028 || cp === 0x2029;

const POSIX_CLASSES: Readonly<Record<string, readonly number[]>> = {
  alnum: [0x30, 0x39, 0x41, 0x5a, 0x61, 0x7a],
  alpha: [0x41, 0x5a, 0x61, 0x7a],
  ascii: [0x00, 0x7f],
  blank: [0x09, 0x09, 0x20, 0x20],
  cntrl: [0x00, 0x1f, 0x7f, 0x7f],
  digit: [0x30, 0x39],
  graph: [0x21, 0x7e],
  lower: [0x61, 0x7a],
  print: [0x20, 0x7e],
  punct: [0x21, 0x2f, 0x3a, 0x40, 0x5b, 0x60, 0x7b, 0x7e],
  space: [0x09, 0x0d, 0x20, 0x20],
  upper: [0x41, 0x5a],
  word: WORD_RANGES,
  xdigit: [0x30, 0x39, 0x41, 0x46, 0x61, 0x66],
};

/** The ranges of a POSIX bracket class such as `[:alpha:]`, or undefined for an unknown name. */
export const posixClassRanges = (name: string): readonly number[] | undefined =>
  Object.prototype.hasOwnProperty.call(POSIX_CLASSES, name) ? POSIX_CLASSES[name] : undefined;
