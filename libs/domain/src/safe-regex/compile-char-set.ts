import { rangesInclude } from './char-ranges';
import { caseVariants } from './case-variants';
import type { CharSet } from './regex-ast';

/** Membership test for one code point. */
export type CodePointTest = (cp: number) => boolean;

// Memo bound per set: enough for the distinct characters of many messages, small enough to not matter.
const MEMO_LIMIT = 4_096;

// Forward and reverse programs share the AST, so one predicate (and one memo) per set serves both.
const compiled = new WeakMap<CharSet, CodePointTest>();

/**
 * Turns a set into a predicate. Sets that only hold ranges answer by binary search; property and
 * case-insensitive sets are memoised per code point, since their answer costs RegExp calls.
 */
export function compileCharSet(set: CharSet): CodePointTest {
  const existing = compiled.get(set);
  if (existing !== undefined) return existing;
  const test = set.properties.length === 0 && !set.ignoreCase ? rangeTest(set) : memoisedTest(set);
  compiled.set(set, test);
  return test;
}

function rangeTest({ ranges, negated }: CharSet): CodePointTest {
  if (ranges.length === 2 && ranges[0] === ranges[1] && !negated) {
    const only = ranges[0];
    return (cp) => cp === only;
  }
  return (cp) => rangesInclude(ranges, cp) !== negated;
}

function memoisedTest(set: CharSet): CodePointTest {
  const rawIncludes = (cp: number): boolean => {
    if (rangesInclude(set.ranges, cp)) return true;
    if (set.properties.length === 0) return false;
    const char = String.fromCodePoint(cp);
    return set.properties.some((property) => property.test(char));
  };
  const memo = new Map<number, boolean>();
  return (cp) => {
    const cached = memo.get(cp);
    if (cached !== undefined) return cached;
    // Negation applies after case folding, as in JavaScript: [^a] with `i` rejects "A" too.
    const found = rawIncludes(cp) || (set.ignoreCase && caseVariants(cp).some(rawIncludes));
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(cp, found !== set.negated);
    return found !== set.negated;
  };
}
