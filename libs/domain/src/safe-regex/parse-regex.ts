import { RULE_LIMITS } from '../rules/rule-limits';
import { err, ok, type Result } from '../shared/result';
import { complementRanges, LINE_TERMINATOR_RANGES, MAX_CODE_POINT } from './char-ranges';
import { parseCharClass } from './parse-char-class';
import { parseEscape } from './parse-escape';
import { parseGroup } from './parse-group';
import { measureProgram } from './regex-program';
import type { CharSet, RegexAssertion, RegexNode } from './regex-ast';
import { failAt, lookingAt, type RegexCursor, RegexSyntaxFailure, takeCodePoint } from './regex-cursor';
import type { RegexSyntaxError, SafeRegexOptions } from './safe-regex';

/** Largest count in `{n,m}`, and largest product of nested counts (RE2's rule, so `(a{1000}){1000}` is refused). */
export const MAX_REPEAT_COUNT = 1000;

/** Largest matcher program, in steps, once counted repetitions are expanded. */
export const MAX_PROGRAM_SIZE = 10_000;

const EMPTY: RegexNode = { kind: 'empty' };
const DOT: CharSet = { ranges: complementRanges(LINE_TERMINATOR_RANGES), properties: [], negated: false, ignoreCase: false };
const DOT_ALL: CharSet = { ranges: [0, MAX_CODE_POINT], properties: [], negated: false, ignoreCase: false };
const ESCAPED_ASSERTIONS: Readonly<Record<string, RegexAssertion>> = {
  b: 'wordBoundary',
  B: 'notWordBoundary',
  A: 'textStart',
  z: 'textEnd',
};
const COUNTED_REPEAT = /\{(\d+)(,(\d*))?\}/y;

interface Quantifier {
  readonly min: number;
  readonly max: number | undefined;
  readonly length: number;
}

/** Parses the RE2 syntax subset into an AST, or reports the first problem with its offset. */
export function parseRegex(pattern: string, options: SafeRegexOptions = {}): Result<RegexNode, RegexSyntaxError> {
  const maxLength = RULE_LIMITS.maxPatternLength;
  if (pattern.length > maxLength) return err({ offset: maxLength, message: `pattern longer than ${maxLength} characters` });
  const cursor: RegexCursor = {
    pattern,
    pos: 0,
    flags: { ignoreCase: options.ignoreCase === true, multiline: false, dotAll: false, ungreedy: false },
    groupNames: new Set(),
  };
  try {
    const node = parseAlternation(cursor);
    if (cursor.pos < pattern.length) failAt(cursor.pos, 'unbalanced parenthesis: ) without a matching (');
    if (measureProgram(node, false) > MAX_PROGRAM_SIZE) {
      failAt(0, `pattern too large once repetitions are expanded (over ${MAX_PROGRAM_SIZE} steps)`);
    }
    return ok(node);
  } catch (failure) {
    if (failure instanceof RegexSyntaxFailure) return err({ offset: failure.offset, message: failure.message });
    throw failure;
  }
}

/** Parses `a|b|…` up to a `)` or the end. */
export function parseAlternation(cursor: RegexCursor): RegexNode {
  const options = [parseConcat(cursor)];
  while (lookingAt(cursor, '|')) {
    cursor.pos += 1;
    options.push(parseConcat(cursor));
  }
  return options.length === 1 ? (options[0] as RegexNode) : { kind: 'alternate', options };
}

function parseConcat(cursor: RegexCursor): RegexNode {
  const items: RegexNode[] = [];
  for (;;) {
    const ch = cursor.pattern[cursor.pos];
    if (ch === undefined || ch === '|' || ch === ')') break;
    if (peekQuantifier(cursor) !== undefined) failAt(cursor.pos, 'nothing to repeat');
    const atom = parseAtom(cursor);
    if (atom !== undefined) items.push(parseQuantified(cursor, atom));
  }
  return items.length === 0 ? EMPTY : items.length === 1 ? (items[0] as RegexNode) : { kind: 'concat', items };
}

// Returns undefined for a flag group such as (?i), which changes flags but matches nothing.
function parseAtom(cursor: RegexCursor): RegexNode | undefined {
  const { flags } = cursor;
  switch (cursor.pattern[cursor.pos]) {
    case '(':
      return parseGroup(cursor, parseAlternation);
    case '[':
      return { kind: 'char', set: parseCharClass(cursor) };
    case '.':
      cursor.pos += 1;
      return { kind: 'char', set: flags.dotAll ? DOT_ALL : DOT };
    case '^':
      cursor.pos += 1;
      return { kind: 'assert', assertion: flags.multiline ? 'lineStart' : 'textStart' };
    case '$':
      cursor.pos += 1;
      return { kind: 'assert', assertion: flags.multiline ? 'lineEnd' : 'textEnd' };
    case '\\':
      return parseEscapeAtom(cursor);
    default:
      return literal(cursor, takeCodePoint(cursor));
  }
}

function parseEscapeAtom(cursor: RegexCursor): RegexNode {
  const letter = cursor.pattern[cursor.pos + 1] ?? '';
  const assertion = ESCAPED_ASSERTIONS[letter];
  if (assertion !== undefined) {
    cursor.pos += 2;
    return { kind: 'assert', assertion };
  }
  if (letter === 'Q') return parseQuoted(cursor);
  const item = parseEscape(cursor);
  if (item.kind === 'codePoint') return literal(cursor, item.cp);
  const set: CharSet = { ranges: item.ranges, properties: item.properties, negated: false, ignoreCase: cursor.flags.ignoreCase };
  return { kind: 'char', set };
}

// \Q…\E quotes everything up to \E (or the end of the pattern), as in RE2.
function parseQuoted(cursor: RegexCursor): RegexNode {
  const from = cursor.pos + 2;
  const close = cursor.pattern.indexOf('\\E', from);
  const to = close < 0 ? cursor.pattern.length : close;
  cursor.pos = close < 0 ? to : to + 2;
  const items = Array.from(cursor.pattern.slice(from, to), (ch) => literal(cursor, ch.codePointAt(0) as number));
  return items.length === 1 ? (items[0] as RegexNode) : { kind: 'concat', items };
}

const literal = (cursor: RegexCursor, cp: number): RegexNode => ({
  kind: 'char',
  set: { ranges: [cp, cp], properties: [], negated: false, ignoreCase: cursor.flags.ignoreCase },
});

function peekQuantifier(cursor: RegexCursor): Quantifier | undefined {
  switch (cursor.pattern[cursor.pos]) {
    case '*':
      return { min: 0, max: undefined, length: 1 };
    case '+':
      return { min: 1, max: undefined, length: 1 };
    case '?':
      return { min: 0, max: 1, length: 1 };
    case '{': {
      // A brace that does not form {n}, {n,} or {n,m} is a literal, as in RE2.
      COUNTED_REPEAT.lastIndex = cursor.pos;
      const match = COUNTED_REPEAT.exec(cursor.pattern);
      if (match === null) return undefined;
      const min = Number(match[1]);
      const max = match[2] === undefined ? min : match[3] === '' ? undefined : Number(match[3]);
      return { min, max, length: match[0].length };
    }
    default:
      return undefined;
  }
}

function parseQuantified(cursor: RegexCursor, atom: RegexNode): RegexNode {
  const quantifier = peekQuantifier(cursor);
  if (quantifier === undefined) return atom;
  const { min, max, length } = quantifier;
  const at = cursor.pos;
  if (min > MAX_REPEAT_COUNT || (max ?? 0) > MAX_REPEAT_COUNT) failAt(at, `repetition count above ${MAX_REPEAT_COUNT}`);
  if (max !== undefined && max < min) failAt(at, `invalid repetition range ${cursor.pattern.slice(at, at + length)}`);
  cursor.pos += length;
  let greedy = true;
  if (lookingAt(cursor, '?')) {
    greedy = false;
    cursor.pos += 1;
  } else if (lookingAt(cursor, '+')) {
    failAt(at, 'possessive quantifiers (*+, ++, ?+) are not supported: they need backtracking');
  }
  if (peekQuantifier(cursor) !== undefined) failAt(cursor.pos, 'nothing to repeat: a quantifier cannot follow another');
  if (Math.max(max ?? min, 1) * nestedRepeatProduct(atom) > MAX_REPEAT_COUNT) {
    failAt(at, `nested repetition counts multiply above ${MAX_REPEAT_COUNT}`);
  }
  return { kind: 'repeat', body: atom, min, max, greedy: greedy !== cursor.flags.ungreedy };
}

function nestedRepeatProduct(node: RegexNode): number {
  switch (node.kind) {
    case 'repeat':
      return Math.max(node.max ?? node.min, 1) * nestedRepeatProduct(node.body);
    case 'concat':
      return Math.max(1, ...node.items.map(nestedRepeatProduct));
    case 'alternate':
      return Math.max(1, ...node.options.map(nestedRepeatProduct));
    default:
      return 1;
  }
}
