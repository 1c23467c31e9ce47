import type { Result } from '../shared/result';

/** A compiled pattern that runs in time linear in the input, whatever the pattern. */
export interface SafeRegex {
  readonly source: string;
  /** Whether the pattern occurs anywhere in `text` (or matches it whole, if anchored). */
  test(text: string): boolean;
  /** The leftmost match in `text` (leftmost-first, like JavaScript), as UTF-16 offsets, or null. */
  find(text: string): { readonly start: number; readonly end: number } | null;
}

/** Options for compiling a pattern. */
export interface SafeRegexOptions {
  readonly ignoreCase?: boolean;
}

/** Why a pattern was refused, with the offset in the pattern where the problem starts. */
export interface RegexSyntaxError {
  readonly message: string;
  readonly offset: number;
}

/** Signature of `compileSafeRegex`: RE2-compatible syntax in, a linear-time matcher or a syntax error out. */
export type CompileSafeRegex = (pattern: string, options?: SafeRegexOptions) => Result<SafeRegex, RegexSyntaxError>;
