import { normalizeText } from '@handoff/domain';

const FOLD = { ignoreCase: true } as const;
// The engine drops these invisible formatting characters and collapses these spaces (see its
// trigger docs); the baselines do the same with plain string operations.
const IGNORABLE = /[\u00ad\u200c-\u200f\u2060\ufeff]/g;
const SPACE_RUN = /[\t-\r \u0085\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000]+/g;
const NEEDS_SLOW_PATH = /[^\x20-\x7e]| {2}/;

/**
 * A message as the baselines search it, the way the engine's matcher normalises it: NFKC, full
 * case folding, invisible characters dropped, whitespace runs collapsed to one space.
 */
export function normalizeMessage(text: string): string {
  if (!NEEDS_SLOW_PATH.test(text)) return text.toLowerCase();
  return normalizeText(text, FOLD).replace(IGNORABLE, '').replace(SPACE_RUN, ' ');
}
