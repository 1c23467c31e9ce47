import type { Issue } from '../shared/issue';
import { ok, type Result } from '../shared/result';
import { foldAccentsOneToOne } from './fold-chunk';
import { normalizeForMatching, toOriginalRange, type NormalizedMessage } from './normalize-for-matching';
import { prepareTriggers } from './prepare-triggers';
import type { PreparedPhrase, PreparedRegex, PreparedTrigger } from './prepared-trigger';
import { buildPhraseIndex, scanPhraseIndex } from './phrase-index';
import { searchRegex } from './search-regex';
import type { CustomTrigger, TriggerMatch } from './trigger-types';

/** Custom triggers compiled once, to be run against many visitor messages. */
export interface TriggerMatcher {
  /** Every occurrence of every trigger in `message`, sorted by start, then trigger order, then end. */
  match(message: string): TriggerMatch[];
  /** Whether any trigger occurs in `message`; stops at the first one found. */
  test(message: string): boolean;
}

/**
 * Validates custom triggers and compiles them: all non-regex phrases go into Aho–Corasick automata
 * built once (one per accent-folding variant, and one merged for messages where folding only
 * swaps letters), so a message is normalised once and, nearly always, scanned once however many
 * phrases there are; regex triggers run one by one on the same normalised text. Issue paths start
 * with `path` (`customTriggers[3].phrase`; pass '' for `[3].phrase`).
 */
export function compileTriggerMatcher(
  triggers: readonly CustomTrigger[],
  path = 'customTriggers',
): Result<TriggerMatcher, Issue[]> {
  const prepared = prepareTriggers(triggers, path);
  return prepared.ok ? ok(buildMatcher(prepared.value)) : prepared;
}

/** Receives one accepted occurrence, in offsets of `normalized`; returns true to stop the search. */
type OnHit = (entry: PreparedTrigger, normalized: NormalizedMessage, start: number, end: number) => boolean;

// Stands in for a variant no trigger reads, so the search carries no null checks.
const UNUSED: NormalizedMessage = { text: '', starts: null, ends: null };

function buildMatcher(prepared: readonly PreparedTrigger[]): TriggerMatcher {
  const phrases = prepared.filter((p): p is PreparedPhrase => p.kind === 'phrase');
  const regexes = prepared.filter((p): p is PreparedRegex => p.kind === 'regex');
  const plain = buildPhraseIndex(phrases.filter((p) => !p.ignoreAccents));
  const folded = buildPhraseIndex(phrases.filter((p) => p.ignoreAccents));
  const needPlain = plain !== null || regexes.some((r) => !r.ignoreAccents);
  const needFolded = folded !== null || regexes.some((r) => r.ignoreAccents);
  // With both variants, a message whose accents fold one unit to one unit (nearly all) is scanned
  // once, folded, by an index of every phrase under its folded form; accent-keeping phrases are
  // then checked against the plain text at the same offsets. A phrase that cannot fold that way
  // (it holds a bare mark or a surrogate) cannot occur in such a message, so it is left out.
  const canFold = (p: PreparedPhrase) => p.ignoreAccents || foldAccentsOneToOne(p.pattern) !== null;
  const merged = plain !== null && folded !== null ? buildPhraseIndex(phrases.filter(canFold), foldedPattern) : null;

  const search = (message: string, onHit: OnHit): boolean => {
    const plainText = needPlain ? normalizeForMatching(message) : UNUSED;
    const oneToOne = needPlain && needFolded ? foldAccentsOneToOne(plainText.text) : null;
    // A one-to-one folded text lines up with the plain one, so it shares the plain map.
    const foldedText = !needFolded
      ? UNUSED
      : oneToOne !== null
        ? { ...plainText, text: oneToOne }
        : normalizeForMatching(message, { ignoreAccents: true });
    const report = (normalized: NormalizedMessage) => (entry: PreparedTrigger, start: number, end: number) =>
      onHit(entry, normalized, start, end);
    if (merged !== null && oneToOne !== null) {
      if (scanPhraseIndex(merged, oneToOne, report(foldedText), plainText.text)) return true;
    } else {
      if (plain !== null && scanPhraseIndex(plain, plainText.text, report(plainText))) return true;
      if (folded !== null && scanPhraseIndex(folded, foldedText.text, report(foldedText))) return true;
    }
    for (const entry of regexes) {
      const normalized = entry.ignoreAccents ? foldedText : plainText;
      if (searchRegex(entry, normalized.text, (start, end) => onHit(entry, normalized, start, end))) return true;
    }
    return false;
  };

  return {
    match: (message) => {
      const hits: Hit[] = [];
      search(message, (entry, normalized, start, end) => {
        const range = toOriginalRange(normalized, start, end);
        hits.push({ entry, start: range.start, end: range.end });
        return false;
      });
      return hits.length === 0 ? [] : toMatches(message, hits);
    },
    test: (message) => search(message, () => true),
  };
}

const foldedPattern = (entry: PreparedPhrase): string =>
  entry.ignoreAccents ? entry.pattern : (foldAccentsOneToOne(entry.pattern) as string);

/** One accepted occurrence, in offsets of the original message. */
interface Hit {
  readonly entry: PreparedTrigger;
  readonly start: number;
  readonly end: number;
}

const byPlace = (a: Hit, b: Hit): number => a.start - b.start || a.entry.order - b.entry.order || a.end - b.end;

function toMatches(message: string, hits: Hit[]): TriggerMatch[] {
  // Hits come by variant, and within one by end: sort by place.
  hits.sort(byPlace);
  const matches: TriggerMatch[] = [];
  let previous: Hit | undefined;
  for (const hit of hits) {
    // Two normalised places can share one source (ß -> ss): report that place once.
    if (previous !== undefined && byPlace(previous, hit) === 0) continue;
    previous = hit;
    const { id, phrase } = hit.entry;
    matches.push({ triggerId: id, phrase, start: hit.start, end: hit.end, text: message.slice(hit.start, hit.end) });
  }
  return matches;
}
