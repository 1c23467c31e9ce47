import { buildPhraseAutomaton, type PhraseAutomaton } from './build-phrase-automaton';
import type { PreparedPhrase } from './prepared-trigger';
import { findWordEnd, isBoundaryAfter, isBoundaryBefore } from './word-boundary';

/** Phrase triggers grouped by the pattern the automaton looks for, with the automaton itself. */
export interface PhraseIndex {
  readonly automaton: PhraseAutomaton;
  readonly lengths: readonly number[];
  readonly entries: readonly (readonly PreparedPhrase[])[];
}

/** Receives one accepted occurrence, in offsets of the scanned text; returns true to stop. */
export type OnPhraseHit = (entry: PreparedPhrase, start: number, end: number) => boolean;

/** Builds the automaton for `entries`, keyed by `keyOf(entry)` (their pattern, or its accent-folded form); null if none. */
export function buildPhraseIndex(
  entries: readonly PreparedPhrase[],
  keyOf: (entry: PreparedPhrase) => string = (entry) => entry.pattern,
): PhraseIndex | null {
  if (entries.length === 0) return null;
  const byKey = new Map<string, PreparedPhrase[]>();
  for (const entry of entries) {
    const key = keyOf(entry);
    const same = byKey.get(key);
    if (same === undefined) byKey.set(key, [entry]);
    else same.push(entry);
  }
  const keys = [...byKey.keys()];
  return { automaton: buildPhraseAutomaton(keys), lengths: keys.map((k) => k.length), entries: [...byKey.values()] };
}

/**
 * Scans `text` once and reports the occurrences whose boundaries fit each entry's mode. With
 * `exact` (the accents-kept text, offset for offset, when `text` has accents folded), entries
 * that keep accents must also appear literally there.
 */
export function scanPhraseIndex(index: PhraseIndex, text: string, onHit: OnPhraseHit, exact: string | null = null): boolean {
  let stopped = false;
  index.automaton.scan(text, (pattern, end) => {
    // Pattern numbers index both arrays by construction.
    const start = end - (index.lengths[pattern] as number);
    for (const entry of index.entries[pattern] as readonly PreparedPhrase[]) {
      if (exact !== null && !entry.ignoreAccents && !exact.startsWith(entry.pattern, start)) continue;
      if (entry.checkStart && !isBoundaryBefore(text, start)) continue;
      if (entry.checkEnd && !isBoundaryAfter(text, end)) continue;
      // A prefix match reports the whole inflected word ("peruutukset"), not just the stem.
      if (onHit(entry, start, entry.mode === 'prefix' ? findWordEnd(text, end) : end)) {
        stopped = true;
        return true;
      }
    }
    return false;
  });
  return stopped;
}
