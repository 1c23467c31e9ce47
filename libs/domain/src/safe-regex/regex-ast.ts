/** A zero-width test; the `line` forms are `^` and `$` under the multiline flag `(?m)`. */
export type RegexAssertion = 'textStart' | 'textEnd' | 'lineStart' | 'lineEnd' | 'wordBoundary' | 'notWordBoundary';

/** A set of code points: sorted inclusive ranges plus Unicode property testers, possibly negated. */
export interface CharSet {
  /** Flattened inclusive `[lo, hi]` pairs, sorted, merged, never overlapping. */
  readonly ranges: readonly number[];
  /** Single-character `u`-flag RegExps for `\p{…}` / `\P{…}`: a code point any of them accepts is a member. */
  readonly properties: readonly RegExp[];
  readonly negated: boolean;
  readonly ignoreCase: boolean;
}

/** The parsed pattern. Groups leave no trace: captures are not needed, only the shape of the language. */
export type RegexNode =
  | { readonly kind: 'empty' }
  | { readonly kind: 'char'; readonly set: CharSet }
  | { readonly kind: 'concat'; readonly items: readonly RegexNode[] }
  | { readonly kind: 'alternate'; readonly options: readonly RegexNode[] }
  | {
      readonly kind: 'repeat';
      readonly body: RegexNode;
      readonly min: number;
      /** `undefined` for an unbounded repetition (`*`, `+`, `{n,}`). */
      readonly max: number | undefined;
      readonly greedy: boolean;
    }
  | { readonly kind: 'assert'; readonly assertion: RegexAssertion };
