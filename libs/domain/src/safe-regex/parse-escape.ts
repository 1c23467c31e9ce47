import { complementRanges, DIGIT_RANGES, MAX_CODE_POINT, normalizeRanges, SPACE_RANGES, WORD_RANGES } from './char-ranges';
import { failAt, lookingAt, type RegexCursor, takeCodePoint } from './regex-cursor';

/** What an escape stands for inside or outside a class: one code point, or a set of them. */
export type EscapedItem =
  | { readonly kind: 'codePoint'; readonly cp: number }
  | { readonly kind: 'set'; readonly ranges: readonly number[]; readonly properties: readonly RegExp[] };

const rangeSet = (ranges: readonly number[]): EscapedItem => ({ kind: 'set', ranges, properties: [] });
const codePoint = (cp: number): EscapedItem => ({ kind: 'codePoint', cp });

const CLASS_ESCAPES: Readonly<Record<string, EscapedItem>> = {
  d: rangeSet(DIGIT_RANGES),
  D: rangeSet(complementRanges(DIGIT_RANGES)),
  w: rangeSet(WORD_RANGES),
  W: rangeSet(complementRanges(WORD_RANGES)),
  s: rangeSet(SPACE_RANGES),
  S: rangeSet(complementRanges(SPACE_RANGES)),
};

// With `i`, JavaScript's \w also holds the two characters that fold into it (ſ -> s, KELVIN SIGN -> k),
// so \W cannot match "s" or "k" through them.
const FOLDED_WORD_RANGES = normalizeRanges([...WORD_RANGES, 0x17f, 0x17f, 0x212a, 0x212a]);
const FOLDED_CLASS_ESCAPES: Readonly<Record<string, EscapedItem>> = {
  w: rangeSet(FOLDED_WORD_RANGES),
  W: rangeSet(complementRanges(FOLDED_WORD_RANGES)),
};

const CONTROL_ESCAPES: Readonly<Record<string, number>> = { n: 0x0a, r: 0x0d, t: 0x09, f: 0x0c, v: 0x0b, a: 0x07 };

const UNSUPPORTED_ESCAPES: Readonly<Record<string, string>> = {
  K: '\\K is not supported: it needs backtracking',
  k: 'backreferences (\\k<name>) are not supported: they need backtracking',
  Z: '\\Z is not supported: use \\z (end of text) or $',
  G: '\\G is not supported',
  X: '\\X (grapheme cluster) is not supported',
  R: '\\R is not supported: use (?:\\r\\n|\\n|\\r)',
  C: '\\C (single byte) is not supported',
  c: 'control escapes (\\cX) are not supported: use \\xHH',
};

/**
 * Parses an escape that denotes characters (the cursor is on the backslash). Assertions such
 * as `\b` and quoting with `\Q…\E` are handled by the caller, since they mean nothing in a class.
 */
export function parseEscape(cursor: RegexCursor): EscapedItem {
  const start = cursor.pos;
  cursor.pos += 1;
  if (cursor.pos >= cursor.pattern.length) return failAt(start, 'trailing backslash at end of pattern');
  const cp = takeCodePoint(cursor);
  const letter = String.fromCodePoint(cp);
  const classEscape = (cursor.flags.ignoreCase ? FOLDED_CLASS_ESCAPES[letter] : undefined) ?? CLASS_ESCAPES[letter];
  if (classEscape !== undefined) return classEscape;
  const control = CONTROL_ESCAPES[letter];
  if (control !== undefined) return codePoint(control);
  if (letter === 'p' || letter === 'P') return parseProperty(cursor, start, letter === 'P');
  if (letter === 'x') return codePoint(parseHexEscape(cursor, start));
  if (letter === 'u') return codePoint(parseUnicodeEscape(cursor, start));
  if (letter === '0') {
    if (/[0-9]/.test(cursor.pattern[cursor.pos] ?? '')) failAt(start, 'octal escapes are not supported: use \\xHH');
    return codePoint(0);
  }
  if (letter >= '1' && letter <= '9') {
    const rest = cursor.pattern.slice(cursor.pos);
    const digits = rest.slice(0, rest.search(/[^0-9]|$/));
    return failAt(start, `backreferences (\\${letter}${digits}) are not supported: they need backtracking`);
  }
  const unsupported = UNSUPPORTED_ESCAPES[letter];
  if (unsupported !== undefined) return failAt(start, unsupported);
  // Any ASCII punctuation may be escaped to stand for itself, as in RE2.
  if (cp < 0x80 && !/[A-Za-z0-9_]/.test(letter)) return codePoint(cp);
  return failAt(start, `unknown escape \\${letter}`);
}

function parseHexEscape(cursor: RegexCursor, start: number): number {
  if (lookingAt(cursor, '{')) return parseBracedHex(cursor, start, '\\x{…}');
  const hex = /^[0-9A-Fa-f]{2}/.exec(cursor.pattern.slice(cursor.pos, cursor.pos + 2))?.[0];
  if (hex === undefined) return failAt(start, 'invalid \\x escape: expected two hex digits or \\x{…}');
  cursor.pos += 2;
  return parseInt(hex, 16);
}

function parseUnicodeEscape(cursor: RegexCursor, start: number): number {
  if (lookingAt(cursor, '{')) return parseBracedHex(cursor, start, '\\u{…}');
  const unit = readFourHex(cursor, cursor.pos);
  if (unit === undefined) return failAt(start, 'invalid \\u escape: expected four hex digits or \\u{…}');
  cursor.pos += 4;
  // A surrogate pair written as two escapes is one character, as with JavaScript's `u` flag.
  if (unit >= 0xd800 && unit <= 0xdbff && lookingAt(cursor, '\\u')) {
    const low = readFourHex(cursor, cursor.pos + 2);
    if (low !== undefined && low >= 0xdc00 && low <= 0xdfff) {
      cursor.pos += 6;
      return 0x10000 + ((unit - 0xd800) << 10) + (low - 0xdc00);
    }
  }
  return unit;
}

function readFourHex(cursor: RegexCursor, at: number): number | undefined {
  const hex = /^[0-9A-Fa-f]{4}/.exec(cursor.pattern.slice(at, at + 4))?.[0];
  return hex === undefined ? undefined : parseInt(hex, 16);
}

function parseBracedHex(cursor: RegexCursor, start: number, form: string): number {
  const close = cursor.pattern.indexOf('}', cursor.pos);
  const digits = close < 0 ? '' : cursor.pattern.slice(cursor.pos + 1, close);
  if (!/^[0-9A-Fa-f]{1,8}$/.test(digits)) return failAt(start, `invalid ${form} escape: expected hex digits in braces`);
  const value = parseInt(digits, 16);
  if (value > MAX_CODE_POINT) return failAt(start, `code point ${digits} is above 10FFFF`);
  cursor.pos = close + 1;
  return value;
}

const propertyCache = new Map<string, RegExp | null>();

function parseProperty(cursor: RegexCursor, start: number, upperP: boolean): EscapedItem {
  let name: string;
  if (lookingAt(cursor, '{')) {
    const close = cursor.pattern.indexOf('}', cursor.pos);
    if (close < 0) return failAt(start, 'missing closing } in Unicode property');
    name = cursor.pattern.slice(cursor.pos + 1, close);
    cursor.pos = close + 1;
  } else {
    name = cursor.pattern[cursor.pos] ?? '';
    if (!/^[A-Za-z]$/.test(name)) return failAt(start, 'invalid Unicode property: expected \\p{Name} or \\pL');
    cursor.pos += 1;
  }
  // RE2 writes a negated property as \p{^Greek}.
  const caret = name.startsWith('^');
  const tester = propertyTester(caret ? name.slice(1) : name, upperP !== caret);
  if (tester === undefined) return failAt(start, `unknown Unicode property \\${upperP ? 'P' : 'p'}{${name}}`);
  return { kind: 'set', ranges: [], properties: [tester] };
}

// The name is restricted to identifier characters before it reaches the RegExp constructor, and
// a one-character property class cannot backtrack: this is the safe use of the native engine.
function propertyTester(name: string, negated: boolean): RegExp | undefined {
  if (!/^[A-Za-z0-9_]+(=[A-Za-z0-9_]+)?$/.test(name)) return undefined;
  const key = `${negated ? 'P' : 'p'}{${name}}`;
  if (!propertyCache.has(key)) {
    // RE2 accepts a bare script name (\p{Greek}); JavaScript wants \p{Script=Greek}.
    const candidates = name.includes('=') ? [name] : [name, `Script=${name}`];
    const found = candidates.map((n) => tryRegExp(`\\${negated ? 'P' : 'p'}{${n}}`)).find((r) => r !== null);
    propertyCache.set(key, found ?? null);
  }
  return propertyCache.get(key) ?? undefined;
}

function tryRegExp(source: string): RegExp | null {
  try {
    return new RegExp(source, 'u');
  } catch {
    return null;
  }
}
