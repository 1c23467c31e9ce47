import { issue, pathIndex, pathProp, type Issue } from '../shared/issue';
import { compileTriggerMatcher } from '../triggers/compile-trigger-matcher';
import { PHRASE_MATCH_MODES, type CustomTrigger } from '../triggers/trigger-types';
import { readBoolean, readOneOf, readRecord, readString } from '../shared/read-input';

/**
 * Reads custom triggers at `path`: the shape here, then what only the matcher knows (empty ids
 * and phrases, duplicates, unsafe patterns, limits) by compiling them once. Appends issues;
 * returns the triggers when they are all valid.
 */
export function parseCustomTriggers(input: unknown, path: string, issues: Issue[]): CustomTrigger[] | null {
  if (input === undefined) return null;
  if (!Array.isArray(input)) {
    issues.push(issue('INVALID_TYPE', path, 'expected a list of triggers'));
    return null;
  }
  const before = issues.length;
  const triggers = input.map((item: unknown, i) => readTrigger(item, pathIndex(path, i), issues));
  if (issues.length > before) return null;
  const valid = triggers.filter((t): t is CustomTrigger => t !== null);
  const compiled = compileTriggerMatcher(valid, path);
  if (!compiled.ok) {
    issues.push(...compiled.error);
    return null;
  }
  return valid;
}

function readTrigger(input: unknown, path: string, issues: Issue[]): CustomTrigger | null {
  const record = readRecord(input, path, issues, ['id', 'phrase', 'mode'], ['ignoreAccents']);
  if (record === null) return null;
  const id = readString(record['id'], pathProp(path, 'id'), issues);
  const phrase = readString(record['phrase'], pathProp(path, 'phrase'), issues);
  const mode = readOneOf(record['mode'], PHRASE_MATCH_MODES, pathProp(path, 'mode'), issues);
  const ignoreAccents = readBoolean(record['ignoreAccents'], pathProp(path, 'ignoreAccents'), issues);
  if (id === null || phrase === null || mode === null) return null;
  return { id, phrase, mode, ...(ignoreAccents === null ? {} : { ignoreAccents }) };
}
