import { compileSafeRegex } from '../safe-regex/compile-safe-regex';
import { issue, pathIndex, pathProp, type Issue } from '../shared/issue';
import { err, ok, type Result } from '../shared/result';
import { normalizeForMatching } from './normalize-for-matching';
import type { PreparedPhrase, PreparedRegex, PreparedTrigger } from './prepared-trigger';
import { stemOf } from './stem-of';
import { TRIGGER_LIMITS } from './trigger-limits';
import { PHRASE_MATCH_MODES, type CustomTrigger } from './trigger-types';
import { codePointBefore, needsBoundary } from './word-boundary';

// `^`, `\A`, `\b` and `\B` read the text before the search start, so a pattern using them is only
// searched once: searching the rest of the text would see a false start there. (A `[^` class is
// not an anchor; an escaped `\\b` is wrongly counted, which only costs later occurrences.)
const CONTEXT_ASSERTION = /(?<!\[)\^|\\[AbB]/;

/** Validates custom triggers and prepares them for matching; issue paths start with `path`. */
export function prepareTriggers(triggers: readonly CustomTrigger[], path: string): Result<PreparedTrigger[], Issue[]> {
  if (triggers.length > TRIGGER_LIMITS.maxTriggers) {
    return err([issue('LIMIT_EXCEEDED', path, `at most ${TRIGGER_LIMITS.maxTriggers} custom triggers are allowed`)]);
  }
  const issues: Issue[] = [];
  const prepared: PreparedTrigger[] = [];
  const ids = new Map<string, number>();
  const phrases = new Map<string, number>();
  triggers.forEach((trigger, order) => {
    const at = pathIndex(path, order);
    const sameId = ids.get(trigger.id);
    if (trigger.id.trim() === '') issues.push(issue('INVALID_ID', pathProp(at, 'id'), 'expected a non-empty id'));
    else if (trigger.id.length > TRIGGER_LIMITS.maxIdLength) {
      issues.push(issue('LIMIT_EXCEEDED', pathProp(at, 'id'), `at most ${TRIGGER_LIMITS.maxIdLength} characters are allowed`));
    } else if (sameId !== undefined) issues.push(duplicate(pathProp(at, 'id'), 'id', pathIndex(path, sameId)));
    else ids.set(trigger.id, order);
    const found = prepareOne(trigger, order, at, issues);
    if (found === null) return;
    const key = `${trigger.mode}\u0000${found.kind === 'phrase' ? found.pattern : trigger.phrase}`;
    const samePhrase = phrases.get(key);
    if (samePhrase !== undefined) issues.push(duplicate(pathProp(at, 'phrase'), 'phrase and mode', pathIndex(path, samePhrase)));
    else phrases.set(key, order);
    prepared.push(found);
  });
  return issues.length > 0 ? err(issues) : ok(prepared);
}

const duplicate = (path: string, what: string, other: string): Issue =>
  issue('DUPLICATE_TRIGGER', path, `same ${what} as ${other}`);

function prepareOne(trigger: CustomTrigger, order: number, path: string, issues: Issue[]): PreparedTrigger | null {
  const { id, phrase, mode } = trigger;
  const ignoreAccents = trigger.ignoreAccents === true;
  if (!(PHRASE_MATCH_MODES as readonly string[]).includes(mode)) {
    issues.push(issue('INVALID_VALUE', pathProp(path, 'mode'), `expected one of ${PHRASE_MATCH_MODES.join(', ')}`));
    return null;
  }
  const at = pathProp(path, 'phrase');
  if (phrase.length > TRIGGER_LIMITS.maxPhraseLength) {
    issues.push(issue('LIMIT_EXCEEDED', at, `at most ${TRIGGER_LIMITS.maxPhraseLength} characters are allowed`));
    return null;
  }
  if (mode === 'regex') return prepareRegex({ order, id, phrase, ignoreAccents }, at, issues);
  const normalized = normalizeForMatching(phrase, { ignoreAccents }).text.trim();
  const pattern = mode === 'prefix' ? stemOf(normalized) : normalized;
  if (pattern.trim() === '') {
    issues.push(issue('EMPTY_PHRASE', at, 'the phrase has nothing to match once spaces and invisible characters are removed'));
    return null;
  }
  const checkStart = mode !== 'phrase' && needsBoundary(pattern.codePointAt(0) as number);
  const checkEnd = mode === 'word' && needsBoundary(codePointBefore(pattern, pattern.length));
  const prepared: PreparedPhrase = { kind: 'phrase', order, id, phrase, mode, ignoreAccents, pattern, checkStart, checkEnd };
  return prepared;
}

function prepareRegex(base: Omit<PreparedRegex, 'kind' | 'regex' | 'repeatable'>, at: string, issues: Issue[]): PreparedRegex | null {
  if (base.phrase.trim() === '') {
    issues.push(issue('EMPTY_PHRASE', at, 'the pattern is empty'));
    return null;
  }
  const compiled = compileSafeRegex(base.phrase, { ignoreCase: true });
  if (!compiled.ok) {
    issues.push(issue('INVALID_REGEX', at, `${compiled.error.message} (at offset ${compiled.error.offset})`));
    return null;
  }
  if (compiled.value.test('')) {
    issues.push(issue('INVALID_REGEX', at, 'the pattern matches empty text; a trigger must match at least one character'));
    return null;
  }
  return { kind: 'regex', ...base, regex: compiled.value, repeatable: !CONTEXT_ASSERTION.test(base.phrase) };
}
