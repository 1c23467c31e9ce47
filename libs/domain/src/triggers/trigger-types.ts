/** The triggers every policy has, each switchable by the admin; all on by default. */
export const BUILT_IN_TRIGGERS = ['agentCannotAnswer', 'visitorAskedForHuman', 'agentPaused'] as const;
/** A built-in trigger. */
export type BuiltInTrigger = (typeof BUILT_IN_TRIGGERS)[number];

/**
 * How a custom phrase is matched against a visitor message:
 * - `word`: the phrase as whole words (word boundaries on both sides);
 * - `phrase`: the phrase as a substring anywhere, boundaries ignored;
 * - `prefix`: words that start with the phrase's stem, for inflected languages
 *   ("peruutus" also finds "peruutukset"; see `stemOf`);
 * - `regex`: a safe (RE2-compatible, linear-time) regular expression.
 */
export const PHRASE_MATCH_MODES = ['word', 'phrase', 'prefix', 'regex'] as const;
/** How a custom phrase is matched. */
export type PhraseMatchMode = (typeof PHRASE_MATCH_MODES)[number];

/** An admin-defined phrase that starts a handoff when a visitor message contains it. */
export interface CustomTrigger {
  readonly id: string;
  readonly phrase: string;
  readonly mode: PhraseMatchMode;
  /** Fold accents too (é = e). Case is always ignored: visitors do not type carefully. */
  readonly ignoreAccents?: boolean;
}

/** One place a trigger fired: UTF-16 offsets into the original (unnormalised) message. */
export interface TriggerMatch {
  readonly triggerId: string;
  readonly phrase: string;
  readonly start: number;
  readonly end: number;
  /** The message's own text at that place, as the visitor wrote it. */
  readonly text: string;
}
