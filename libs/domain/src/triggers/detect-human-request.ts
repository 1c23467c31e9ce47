import { compileTriggerMatcher, type TriggerMatcher } from './compile-trigger-matcher';
import { HUMAN_REQUEST_PHRASES } from './human-request-phrases';
import type { TriggerMatch } from './trigger-types';

let compiled: TriggerMatcher | undefined;

// Compiled on first use, then shared: the phrase list is constant.
function humanRequestMatcher(): TriggerMatcher {
  if (compiled === undefined) {
    const result = compileTriggerMatcher(HUMAN_REQUEST_PHRASES, 'HUMAN_REQUEST_PHRASES');
    if (!result.ok) throw new Error(`invalid built-in phrase list: ${result.error.map((i) => `${i.path} ${i.message}`).join('; ')}`);
    compiled = result.value;
  }
  return compiled;
}

/** Whether a visitor message asks to talk to a human, in any of the languages of `HUMAN_REQUEST_PHRASES`. */
export function detectHumanRequest(message: string): boolean {
  return humanRequestMatcher().test(message);
}

/** Where a visitor message asks for a human (phrase ids from `HUMAN_REQUEST_PHRASES`), to explain the trigger. */
export function matchHumanRequests(message: string): TriggerMatch[] {
  return humanRequestMatcher().match(message);
}
