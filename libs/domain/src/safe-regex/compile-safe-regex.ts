import { ok, type Result } from '../shared/result';
import { parseRegex } from './parse-regex';
import { createRegexRunner } from './run-regex';
import type { RegexSyntaxError, SafeRegex, SafeRegexOptions } from './safe-regex';

/**
 * Compiles an RE2-syntax pattern into a matcher that runs in time linear in the text (no
 * backtracking), or returns why the pattern was refused.
 *
 * Semantics, where RE2 and JavaScript differ:
 * - syntax is RE2's (`(?P<name>…)`, `\pL`, `\p{Greek}`, `[[:alpha:]]`, `\Q…\E`, `\A`, `\z`, `(?imsU)`), plus
 *   JavaScript's `\u{…}`/`\uHHHH` and `(?<name>…)`; lone `{` and `}` are literals, as in RE2;
 * - characters are code points (a surrogate pair is one), as with JavaScript's `u` flag;
 * - `.` skips the JavaScript line terminators (\n \r U+2028 U+2029) unless `(?s)`; `\s` is JavaScript's
 *   Unicode white space; `^`/`$` are whole-text unless `(?m)`, which stops at those same terminators;
 * - `\w`, `\d` and `\b` are ASCII-only, as in RE2: use `\p{L}` and `\p{N}` for letters and digits of any script
 *   (with `i`, `\w` also takes ſ and the Kelvin sign as JavaScript does, but `\b` stays plain ASCII);
 * - `ignoreCase` / `(?i)` uses simple case folding approximated from toLowerCase/toUpperCase plus a
 *   table of irregular letters (Kelvin sign, long s, final sigma…). Letters whose only case pair is a
 *   multi-character mapping (ᾳ ↔ ᾼ through "ΑΙ") may not match each other;
 * - `find` returns the leftmost match and, among matches starting there, the one JavaScript's
 *   backtracking picks (greedy/lazy order, and JavaScript's rule that an optional iteration may not
 *   match empty). Only when honouring that rule would make the program too large (many nested
 *   quantified groups that can match empty) may the end differ; `test` is never affected.
 */
export function compileSafeRegex(pattern: string, options: SafeRegexOptions = {}): Result<SafeRegex, RegexSyntaxError> {
  const parsed = parseRegex(pattern, options);
  if (!parsed.ok) return parsed;
  const runner = createRegexRunner(parsed.value);
  return ok({ source: pattern, test: (text) => runner.test(text), find: (text) => runner.find(text) });
}
