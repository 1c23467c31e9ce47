import { compileProgram } from './compile-program';
import { type DfaState, LazyDfa, type LazyDfaMode } from './lazy-dfa';
import { MAX_PROGRAM_SIZE } from './parse-regex';
import type { RegexNode } from './regex-ast';
import { measureProgram, type RegexProgram } from './regex-program';

/** A match as UTF-16 offsets into the searched text. */
export interface RegexMatch {
  readonly start: number;
  readonly end: number;
}

/** The two searches a `SafeRegex` offers, both linear in the text. */
export interface RegexRunner {
  test(text: string): boolean;
  find(text: string): RegexMatch | null;
}

const ANY_MATCH: LazyDfaMode = { leftmostFirst: false, unanchored: true };

/**
 * Builds the runner for a parsed pattern; its DFAs are built on first use.
 * - `test`: one forward pass, stopping at the first offset where any match ends.
 * - `find` (the RE2 scheme): a forward leftmost-first pass that starts a thread at every offset
 *   until a match shows up, then only follows the higher-priority threads still alive, so it
 *   ends at the end of the match JavaScript would return; then a reverse pass from that end finds
 *   the leftmost offset where a match ending there starts. Work is proportional to the text read
 *   up to the match end (plus threads that outlive it), so searching again after a match is cheap.
 */
export function createRegexRunner(ast: RegexNode): RegexRunner {
  const lazily = <T>(make: () => T): (() => T) => {
    let made: T | undefined;
    return () => (made ??= make());
  };
  const anyMatch = lazily(() => new LazyDfa(compileProgram(ast, 'forward'), ANY_MATCH));
  const firstProgram = lazily(() => leftmostFirstProgram(ast));
  const searching = lazily(() => new LazyDfa(firstProgram(), { leftmostFirst: true, unanchored: true }));
  const extending = lazily(() => new LazyDfa(firstProgram(), { leftmostFirst: true, unanchored: false }));
  const backwards = lazily(() => new LazyDfa(compileProgram(ast, 'reverse'), { leftmostFirst: false, unanchored: false }));
  return {
    test: (text) => findFirstEnd(anyMatch(), text) >= 0,
    find: (text) => {
      const end = findLeftmostFirstEnd(searching(), extending(), text);
      return end < 0 ? null : { start: findStartOfMatchEndingAt(backwards(), text, end), end };
    },
  };
}

// Exact JavaScript priorities when affordable; otherwise the plain program (documented divergence).
function leftmostFirstProgram(ast: RegexNode): RegexProgram {
  return compileProgram(ast, 'forward', measureProgram(ast, true) <= MAX_PROGRAM_SIZE);
}

function findFirstEnd(dfa: LazyDfa, text: string): number {
  let state = dfa.startState(undefined);
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i) as number;
    const transition = dfa.step(state, cp);
    if (transition.matchedBefore) return i;
    state = transition.next;
    i += cp > 0xffff ? 2 : 1;
  }
  return dfa.matchesAtEnd(state) ? text.length : -1;
}

function findLeftmostFirstEnd(searching: LazyDfa, extending: LazyDfa, text: string): number {
  let state = searching.startState(undefined);
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i) as number;
    const transition = searching.step(state, cp);
    const next = i + (cp > 0xffff ? 2 : 1);
    // The match cut every later start: from here only its higher-priority rivals may run on.
    if (transition.matchedBefore) return extendMatch(extending, extending.adopt(transition.next), text, next, i);
    state = transition.next;
    i = next;
  }
  return searching.matchesAtEnd(state) ? text.length : -1;
}

function extendMatch(dfa: LazyDfa, from: DfaState, text: string, offset: number, matchEnd: number): number {
  let state = from;
  let lastEnd = matchEnd;
  let i = offset;
  while (i < text.length && state.threads.length > 0) {
    const cp = text.codePointAt(i) as number;
    const transition = dfa.step(state, cp);
    if (transition.matchedBefore) lastEnd = i;
    state = transition.next;
    i += cp > 0xffff ? 2 : 1;
  }
  // A state without threads never matches, so this only fires at the end of the text.
  return dfa.matchesAtEnd(state) ? text.length : lastEnd;
}

// Reading right to left with the reverse program from `end`: a match "ending" at offset i is a
// match of the pattern from i to `end`; the last one seen is the leftmost.
function findStartOfMatchEndingAt(dfa: LazyDfa, text: string, end: number): number {
  let state = dfa.startState(end < text.length ? (text.codePointAt(end) as number) : undefined);
  let start = -1;
  let i = end;
  while (i > 0 && state.threads.length > 0) {
    const cp = codePointBefore(text, i);
    const transition = dfa.step(state, cp);
    if (transition.matchedBefore) start = i;
    state = transition.next;
    i -= cp > 0xffff ? 2 : 1;
  }
  if (i === 0 && dfa.matchesAtEnd(state)) return 0;
  if (start < 0) throw new Error('bug: a match ends here but the reverse scan found no start');
  return start;
}

// A low surrogate preceded by a high one is one character, as `codePointAt` reads it forwards.
function codePointBefore(text: string, offset: number): number {
  const low = text.charCodeAt(offset - 1);
  if (low >= 0xdc00 && low <= 0xdfff && offset >= 2) {
    const high = text.charCodeAt(offset - 2);
    if (high >= 0xd800 && high <= 0xdbff) return 0x10000 + ((high - 0xd800) << 10) + (low - 0xdc00);
  }
  return low;
}
