import type { SafeRegex } from '../safe-regex/safe-regex';

/** A validated non-regex trigger, ready for the automaton. */
export interface PreparedPhrase {
  readonly kind: 'phrase';
  /** Position in the admin's list: ties between matches at one place are broken by it. */
  readonly order: number;
  readonly id: string;
  readonly phrase: string;
  readonly mode: 'word' | 'phrase' | 'prefix';
  readonly ignoreAccents: boolean;
  /** What the automaton looks for: the normalised phrase, or its stem in `prefix` mode. */
  readonly pattern: string;
  /** Whether a word boundary is required before / after the pattern (see `needsBoundary`). */
  readonly checkStart: boolean;
  readonly checkEnd: boolean;
}

/** A validated `regex` trigger. */
export interface PreparedRegex {
  readonly kind: 'regex';
  readonly order: number;
  readonly id: string;
  readonly phrase: string;
  readonly ignoreAccents: boolean;
  readonly regex: SafeRegex;
  /** Whether later occurrences can be found by searching the rest of the text (no context assertions). */
  readonly repeatable: boolean;
}

/** A validated custom trigger. */
export type PreparedTrigger = PreparedPhrase | PreparedRegex;
