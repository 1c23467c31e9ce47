import { compileTriggerMatcher, type CustomTrigger, type TriggerMatch } from '@handoff/domain';
import { createBigRegExpMatcher, type BigRegExpMatcher } from './big-regexp-matcher';
import { createNaiveMatcher, type NaiveMatcher } from './naive-matcher';
import { normalizeMessage } from './normalize-message';

/** The three P5 contenders, built from one list of triggers. */
export interface TriggerContenders {
  readonly ours: { match(message: string): TriggerMatch[] };
  readonly naive: NaiveMatcher;
  readonly bigRegExp: BigRegExpMatcher;
}

/** Compiles ours (refusing to go on if the engine rejects the triggers) and builds the baselines. */
export function buildTriggerContenders(triggers: readonly CustomTrigger[]): TriggerContenders {
  const compiled = compileTriggerMatcher(triggers);
  if (!compiled.ok) throw new Error(`the engine refused the benchmark triggers: ${JSON.stringify(compiled.error.slice(0, 3))}`);
  return { ours: compiled.value, naive: createNaiveMatcher(triggers), bigRegExp: createBigRegExpMatcher(triggers) };
}

/** Why two contenders disagree about one message. */
export interface TriggerDisagreement {
  readonly messageIndex: number;
  readonly message: string;
  readonly detail: string;
}

/** Ours' fired trigger ids, in trigger order, each once. */
export function oursFiredIds(ours: TriggerContenders['ours'], order: ReadonlyMap<string, number>, message: string): string[] {
  const ids = [...new Set(ours.match(message).map((m) => m.triggerId))];
  return ids.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
}

/**
 * Ours' leftmost match start, moved from the original message's offsets to the normalised
 * text's (where the RegExp reports it), by normalising the text before it.
 */
export function oursFirstStart(ours: TriggerContenders['ours'], message: string): number {
  const matches = ours.match(message);
  if (matches.length === 0) return -1;
  const start = Math.min(...matches.map((m) => m.start));
  return normalizeMessage(message.slice(0, start)).length;
}

/**
 * Agreement as P5 defines it: the naive loop must fire exactly ours' set of trigger ids on every
 * message; the big RegExp, which reports one alternative per place, must agree on whether
 * anything fires and where the leftmost match starts.
 */
export function findTriggerDisagreement(
  contenders: TriggerContenders,
  triggers: readonly CustomTrigger[],
  messages: readonly string[],
  which: { readonly naive: number; readonly bigRegExp: number },
): TriggerDisagreement | undefined {
  const order = new Map(triggers.map((t, i) => [t.id, i]));
  for (let messageIndex = 0; messageIndex < messages.length; messageIndex++) {
    const message = messages[messageIndex] as string;
    if (messageIndex < which.naive) {
      const ours = oursFiredIds(contenders.ours, order, message).join(',');
      const naive = contenders.naive.firedIds(message).join(',');
      if (ours !== naive) return { messageIndex, message, detail: `fired ids — ours: [${ours}], naive: [${naive}]` };
    }
    if (messageIndex < which.bigRegExp) {
      const ours = oursFirstStart(contenders.ours, message);
      const regexp = contenders.bigRegExp.firstMatchStart(message);
      if (ours !== regexp) return { messageIndex, message, detail: `leftmost start in the normalised text — ours: ${ours}, big RegExp: ${regexp}` };
    }
  }
  return undefined;
}
