import fc from 'fast-check';
import { compileSafeRegex } from '../safe-regex/compile-safe-regex';
import { compileTriggerMatcher, type TriggerMatcher } from './compile-trigger-matcher';
import { normalizeForMatching, toOriginalRange } from './normalize-for-matching';
import { stemOf } from './stem-of';
import type { CustomTrigger, TriggerMatch } from './trigger-types';
import { findWordEnd, isBoundaryAfter, isBoundaryBefore, needsBoundary } from './word-boundary';

const lastCodePoint = (text: string): number => [...text].at(-1)?.codePointAt(0) ?? 0;

/** Every non-overlapping match of a (context-free) pattern, found by searching the rest of the text. */
function findAll(pattern: string, text: string): [number, number][] {
  const compiled = compileSafeRegex(pattern, { ignoreCase: true });
  if (!compiled.ok) throw new Error(compiled.error.message);
  const found: [number, number][] = [];
  for (let from = 0, hit = compiled.value.find(text); hit !== null; hit = compiled.value.find(text.slice(from))) {
    found.push([from + hit.start, from + hit.end]);
    from += hit.end;
  }
  return found;
}

/** The reference: each phrase on its own, indexOf over the normalised message, the same boundary rules. */
function matchNaively(triggers: readonly CustomTrigger[], message: string): TriggerMatch[] {
  const found: (TriggerMatch & { order: number })[] = [];
  const add = (order: number, trigger: CustomTrigger, range: { start: number; end: number }) => {
    const duplicate = found.some((f) => f.order === order && f.start === range.start && f.end === range.end);
    if (!duplicate) found.push({ order, triggerId: trigger.id, phrase: trigger.phrase, ...range, text: message.slice(range.start, range.end) });
  };
  triggers.forEach((trigger, order) => {
    const folding = { ignoreAccents: trigger.ignoreAccents === true };
    if (trigger.mode === 'regex') {
      const normalized = normalizeForMatching(message, folding);
      for (const [start, end] of findAll(trigger.phrase, normalized.text)) add(order, trigger, toOriginalRange(normalized, start, end));
      return;
    }
    const normalizedPhrase = normalizeForMatching(trigger.phrase, folding).text.trim();
    const pattern = trigger.mode === 'prefix' ? stemOf(normalizedPhrase) : normalizedPhrase;
    const normalized = normalizeForMatching(message, folding);
    const { text } = normalized;
    for (let at = text.indexOf(pattern); at >= 0; at = text.indexOf(pattern, at + 1)) {
      const end = at + pattern.length;
      if (trigger.mode !== 'phrase' && needsBoundary(pattern.codePointAt(0) ?? 0) && !isBoundaryBefore(text, at)) continue;
      if (trigger.mode === 'word' && needsBoundary(lastCodePoint(pattern)) && !isBoundaryAfter(text, end)) continue;
      add(order, trigger, toOriginalRange(normalized, at, trigger.mode === 'prefix' ? findWordEnd(text, end) : end));
    }
  });
  found.sort((a, b) => a.start - b.start || a.order - b.order || a.end - b.end);
  return found.map(({ order: _, ...match }) => match);
}

const alphabet = fc.constantFrom(
  'a', 'b', 'A', 'ä', 'Ä', 'e', 'é', 'e\u0301', 's', 'ß', 'ﬁ', 'f', 'i', 'ж', 'Ж', 'σ', 'ς', 'Σ', '退', '款', 'ก',
  '😀', '𝒜', ' ', '  ', '\n', '-', '_', '\u00ad',
);
const chars = (min: number, max: number) => fc.array(alphabet, { minLength: min, maxLength: max }).map((parts) => parts.join(''));
const phraseTrigger = fc.record({
  // Short phrases that sit inside expansions (ß -> ss, ﬁ -> fi) come up often enough to matter.
  phrase: fc.tuple(fc.oneof(chars(1, 4), fc.constantFrom('s', 'ss', 'f', 'fi', 'e', 'σ')), fc.boolean()).map(([text, star]) => (star ? `${text}*` : text)),
  mode: fc.constantFrom('word' as const, 'phrase' as const, 'prefix' as const),
  ignoreAccents: fc.boolean(),
});
// Patterns without assertions, so every occurrence is found by searching the rest of the text.
const regexTrigger = fc.record({
  phrase: fc.constantFrom('a+', 'ä', 'é', 'ss', 'σ', '退款', 'b[aä]', 'a b', 'e\\u0301'),
  mode: fc.constant('regex' as const),
  ignoreAccents: fc.boolean(),
});
const customTrigger = fc.oneof({ arbitrary: phraseTrigger, weight: 4 }, { arbitrary: regexTrigger, weight: 1 });

/** Keeps the triggers the matcher accepts (no empty phrases, no duplicates), with unique ids. */
function acceptedTriggers(candidates: readonly Omit<CustomTrigger, 'id'>[]): { triggers: CustomTrigger[]; matcher: TriggerMatcher } {
  const triggers: CustomTrigger[] = [];
  let matcher = compileTriggerMatcher([]);
  for (const candidate of candidates) {
    const withId = { ...candidate, id: `t${triggers.length}` };
    const compiled = compileTriggerMatcher([...triggers, withId]);
    if (!compiled.ok) continue;
    triggers.push(withId);
    matcher = compiled;
  }
  if (!matcher.ok) throw new Error('unreachable: the empty list compiles');
  return { triggers, matcher: matcher.value };
}

describe('compileTriggerMatcher against a naive reference', () => {
  describe('when phrases and messages come from a small multilingual alphabet', () => {
    it('finds exactly the matches of one indexOf loop per phrase', () => {
      fc.assert(
        fc.property(fc.array(customTrigger, { maxLength: 12 }), fc.array(chars(0, 30), { minLength: 1, maxLength: 4 }), (candidates, messages) => {
          const { triggers, matcher } = acceptedTriggers(candidates);

          for (const message of messages) {
            const matches = matcher.match(message);

            expect(matches).toEqual(matchNaively(triggers, message));
            expect(matcher.test(message)).toBe(matches.length > 0);
          }
        }),
        { numRuns: 300 },
      );
    });
  });
});
