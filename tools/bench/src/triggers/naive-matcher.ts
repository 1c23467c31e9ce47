import type { CustomTrigger } from '@handoff/domain';
import { normalizeMessage } from './normalize-message';
import { boundaryAfter, boundaryBefore, toPhrasePattern } from './phrase-pattern';

/** The naive baseline: every phrase looked for on its own with indexOf, boundaries checked per hit. */
export interface NaiveMatcher {
  /** Ids of the triggers that fire in `message`, in trigger order. */
  firedIds(message: string): string[];
}

/** Prepares the phrases once; each message is normalised once and searched once per phrase. */
export function createNaiveMatcher(triggers: readonly CustomTrigger[]): NaiveMatcher {
  const patterns = triggers.map(toPhrasePattern);
  return {
    firedIds(message) {
      const text = normalizeMessage(message);
      const fired: string[] = [];
      for (const p of patterns) {
        for (let at = text.indexOf(p.pattern); at >= 0; at = text.indexOf(p.pattern, at + 1)) {
          if (p.checkStart && !boundaryBefore(text, at)) continue;
          if (p.checkEnd && !boundaryAfter(text, at + p.pattern.length)) continue;
          fired.push(p.id);
          break;
        }
      }
      return fired;
    },
  };
}
