import type { RegexNode } from './regex-ast';
import { failAt, lookingAt, type RegexCursor, type RegexFlags } from './regex-cursor';

/** Parses the inside of a group up to its `)`; passed in to keep the parser files free of import cycles. */
export type ParseAlternation = (cursor: RegexCursor) => RegexNode;

const UNSUPPORTED_GROUPS: ReadonlyArray<readonly [string, string]> = [
  ['(?=', 'lookahead (?=…) is not supported'],
  ['(?!', 'negative lookahead (?!…) is not supported'],
  ['(?<=', 'lookbehind (?<=…) is not supported'],
  ['(?<!', 'negative lookbehind (?<!…) is not supported'],
  ['(?>', 'atomic groups (?>…) are not supported: they need backtracking'],
  ['(?(', 'conditionals (?(…)…) are not supported'],
  ['(?#', 'comments (?#…) are not supported'],
  ['(?|', 'branch reset groups (?|…) are not supported'],
  ['(?P=', 'backreferences (?P=name) are not supported: they need backtracking'],
  ['(?P>', 'recursion (?P>name) is not supported'],
  ['(?&', 'recursion (?&name) is not supported'],
  ['(?R', 'recursion (?R) is not supported'],
];
const NUMBERED_RECURSION = /\(\?[+-]?\d+\)?/y;
const GROUP_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const FLAG_NAMES: Readonly<Record<string, keyof RegexFlags>> = {
  i: 'ignoreCase',
  m: 'multiline',
  s: 'dotAll',
  U: 'ungreedy',
};

/**
 * Parses a group (the cursor is on `(`): plain, non-capturing, named, or with flags. Returns
 * undefined for a bare flag group like `(?i)`, whose flags then hold to the end of the enclosing group.
 */
export function parseGroup(cursor: RegexCursor, parseAlternation: ParseAlternation): RegexNode | undefined {
  const open = cursor.pos;
  if (!lookingAt(cursor, '(?')) {
    cursor.pos += 1;
    return parseGroupBody(cursor, open, cursor.flags, parseAlternation);
  }
  for (const [prefix, message] of UNSUPPORTED_GROUPS) if (lookingAt(cursor, prefix)) failAt(open, message);
  NUMBERED_RECURSION.lastIndex = open;
  const recursion = NUMBERED_RECURSION.exec(cursor.pattern);
  if (recursion !== null) failAt(open, `recursion ${recursion[0]} is not supported`);
  if (lookingAt(cursor, '(?P<') || lookingAt(cursor, '(?<')) {
    readGroupName(cursor, open);
    return parseGroupBody(cursor, open, cursor.flags, parseAlternation);
  }
  cursor.pos += 2;
  return parseFlagGroup(cursor, open, parseAlternation);
}

function readGroupName(cursor: RegexCursor, open: number): void {
  const nameStart = cursor.pattern.indexOf('<', open) + 1;
  const close = cursor.pattern.indexOf('>', nameStart);
  const name = close < 0 ? '' : cursor.pattern.slice(nameStart, close);
  if (!GROUP_NAME.test(name)) failAt(open, 'invalid group name: use letters, digits and _ in (?P<name>…)');
  if (cursor.groupNames.has(name)) failAt(open, `duplicate group name "${name}"`);
  cursor.groupNames.add(name);
  cursor.pos = close + 1;
}

function parseFlagGroup(cursor: RegexCursor, open: number, parseAlternation: ParseAlternation): RegexNode | undefined {
  let flags = cursor.flags;
  let negated = false;
  let flagsSinceDash = 0;
  let flagCount = 0;
  for (;;) {
    const at = cursor.pos;
    const ch = cursor.pattern[at];
    if (ch === undefined) return failAt(open, 'unbalanced parenthesis: missing )');
    cursor.pos += 1;
    if ((ch === ':' || ch === ')') && negated && flagsSinceDash === 0) return failAt(at - 1, 'missing flag after -');
    if (ch === ':') return parseGroupBody(cursor, open, flags, parseAlternation);
    if (ch === ')') {
      if (flagCount === 0) failAt(open, 'empty flag group (?)');
      cursor.flags = flags;
      return undefined;
    }
    if (ch === '-') {
      if (negated) failAt(at, 'flags may be negated only once in a group');
      negated = true;
      continue;
    }
    const name = FLAG_NAMES[ch];
    if (name === undefined) return failAt(at, `unknown flag ${ch}: use i, m, s or U`);
    flags = { ...flags, [name]: !negated };
    flagCount += 1;
    if (negated) flagsSinceDash += 1;
  }
}

function parseGroupBody(
  cursor: RegexCursor,
  open: number,
  flags: RegexFlags,
  parseAlternation: ParseAlternation,
): RegexNode {
  const outer = cursor.flags;
  cursor.flags = flags;
  const body = parseAlternation(cursor);
  if (!lookingAt(cursor, ')')) failAt(open, 'unbalanced parenthesis: missing )');
  cursor.pos += 1;
  cursor.flags = outer;
  return body;
}
