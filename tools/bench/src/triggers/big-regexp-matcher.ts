import type { CustomTrigger } from '@handoff/domain';
import { normalizeMessage } from './normalize-message';
import { toPhrasePattern, UNSPACED_CLASS, WORD_CLASS } from './phrase-pattern';

/** The big-RegExp baseline: every phrase in one alternation, boundaries as lookarounds. */
export interface BigRegExpMatcher {
  readonly source: string;
  /** Where the leftmost match starts in the normalised message, or -1. */
  firstMatchStart(message: string): number;
  /** How many matches a left-to-right scan finds (one per place: an alternation reports one alternative). */
  countMatches(message: string): number;
}

const escapeRegExp = (text: string): string => text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
// A character that continues a word: a word character not from a script written without spaces.
const CONTINUES_WORD = `(?![${UNSPACED_CLASS}])[${WORD_CLASS}]`;
const START = `(?<!${CONTINUES_WORD})`;
const END = `(?!${CONTINUES_WORD})`;

/**
 * Builds one RegExp (flags `gu`) over the normalised message. Phrases are grouped by which
 * boundaries they need, so the lookarounds are written four times rather than 5,000.
 */
export function createBigRegExpMatcher(triggers: readonly CustomTrigger[]): BigRegExpMatcher {
  const groups = new Map<string, string[]>();
  for (const [order, trigger] of triggers.entries()) {
    const p = toPhrasePattern(trigger, order);
    const key = `${p.checkStart ? START : ''}\u0000${p.checkEnd ? END : ''}`;
    const list = groups.get(key) ?? [];
    list.push(escapeRegExp(p.pattern));
    groups.set(key, list);
  }
  const source = [...groups].map(([key, alternatives]) => {
    const [before, after] = key.split('\u0000') as [string, string];
    return `${before}(?:${alternatives.join('|')})${after}`;
  }).join('|');
  const regexp = new RegExp(source, 'gu');
  return {
    source,
    firstMatchStart(message) {
      regexp.lastIndex = 0;
      return regexp.exec(normalizeMessage(message))?.index ?? -1;
    },
    countMatches(message) {
      const text = normalizeMessage(message);
      regexp.lastIndex = 0;
      let count = 0;
      while (regexp.exec(text) !== null) count++;
      return count;
    },
  };
}
