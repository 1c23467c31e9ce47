import { complementRanges, normalizeRanges, posixClassRanges } from './char-ranges';
import { parseEscape, type EscapedItem } from './parse-escape';
import type { CharSet } from './regex-ast';
import { failAt, lookingAt, type RegexCursor, takeCodePoint } from './regex-cursor';

const POSIX_CLASS = /\[:(\^?)([a-z]+):\]/y;

/**
 * Parses a bracket expression (the cursor is on `[`). RE2 rules: a `]` right after `[` or `[^`
 * is a literal, `-` is literal first or last, and `[:alpha:]`-style POSIX classes are allowed.
 */
export function parseCharClass(cursor: RegexCursor): CharSet {
  const open = cursor.pos;
  cursor.pos += 1;
  const negated = lookingAt(cursor, '^');
  if (negated) cursor.pos += 1;
  const ranges: number[] = [];
  const properties: RegExp[] = [];
  for (let first = true; ; first = false) {
    if (cursor.pos >= cursor.pattern.length) return failAt(open, 'missing closing ] for character class');
    if (lookingAt(cursor, ']') && !first) break;
    const itemStart = cursor.pos;
    const low = parsePosixClass(cursor) ?? parseClassAtom(cursor);
    if (low.kind === 'set') {
      ranges.push(...low.ranges);
      properties.push(...low.properties);
      if (startsRange(cursor)) failAt(itemStart, 'invalid character class range: a class such as \\d cannot be an end');
      continue;
    }
    if (!startsRange(cursor)) {
      ranges.push(low.cp, low.cp);
      continue;
    }
    cursor.pos += 1;
    const high = parseClassAtom(cursor);
    if (high.kind === 'set') failAt(itemStart, 'invalid character class range: a class such as \\d cannot be an end');
    else if (high.cp < low.cp) failAt(itemStart, `invalid character class range ${cursor.pattern.slice(itemStart, cursor.pos)}`);
    else ranges.push(low.cp, high.cp);
  }
  cursor.pos += 1;
  return { ranges: normalizeRanges(ranges), properties, negated, ignoreCase: cursor.flags.ignoreCase };
}

// A '-' followed by ']' is a literal dash, not a range.
const startsRange = (cursor: RegexCursor): boolean =>
  lookingAt(cursor, '-') && cursor.pos + 1 < cursor.pattern.length && cursor.pattern[cursor.pos + 1] !== ']';

function parsePosixClass(cursor: RegexCursor): EscapedItem | undefined {
  POSIX_CLASS.lastIndex = cursor.pos;
  const match = POSIX_CLASS.exec(cursor.pattern);
  if (match === null) return undefined;
  const [text, caret] = match;
  const name = String(match[2]);
  const ranges = posixClassRanges(name);
  if (ranges === undefined) return failAt(cursor.pos, `unknown POSIX class [:${name}:]`);
  cursor.pos += text.length;
  return { kind: 'set', ranges: caret === '^' ? complementRanges(ranges) : ranges, properties: [] };
}

function parseClassAtom(cursor: RegexCursor): EscapedItem {
  if (!lookingAt(cursor, '\\')) return { kind: 'codePoint', cp: takeCodePoint(cursor) };
  const letter = cursor.pattern[cursor.pos + 1];
  if (letter === 'b' || letter === 'B' || letter === 'A' || letter === 'z' || letter === 'Q') {
    return failAt(cursor.pos, `\\${letter} is not allowed inside a character class`);
  }
  return parseEscape(cursor);
}
