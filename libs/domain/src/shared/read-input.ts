import { issue, pathIndex, pathProp, type Issue } from './issue';

/** A JSON object read from outside, before validation. */
export type InputRecord = Readonly<Record<string, unknown>>;

/** Tells a JSON object from arrays, null and scalars. */
export const isRecord = (value: unknown): value is InputRecord =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads an own property. Inherited ones (`constructor`, or anything a crafted prototype adds)
 * must never pass for input, and `undefined` counts as absent so JS callers' spreads behave.
 */
export const readOwn = (record: InputRecord, key: string): unknown => (Object.hasOwn(record, key) ? record[key] : undefined);

/** Reads a required property, reporting MISSING_PROPERTY when it is absent. */
export function readRequired(record: InputRecord, key: string, path: string, issues: Issue[]): unknown {
  const value = readOwn(record, key);
  if (value === undefined) issues.push(issue('MISSING_PROPERTY', pathProp(path, key), `${key} is required`));
  return value;
}

/** Reports UNKNOWN_PROPERTY for every own key outside `allowed`: integrators' typos must not vanish silently. */
export function reportUnknownKeys(record: InputRecord, allowed: readonly string[], path: string, issues: Issue[]): void {
  for (const key of Object.keys(record)) {
    if (!allowed.includes(key)) {
      issues.push(issue('UNKNOWN_PROPERTY', pathProp(path, key), `unknown property ${quote(key)}; expected ${allowed.join(', ')}`));
    }
  }
}

const QUOTE_MAX = 40;

/** Quotes untrusted text for a message, cut short so a 2,000-character typo does not flood the response. */
export const quote = (text: string): string =>
  JSON.stringify(text.length > QUOTE_MAX ? `${text.slice(0, QUOTE_MAX)}…` : text);

/**
 * Reads an object, reporting INVALID_TYPE when it is not one, MISSING_PROPERTY for each absent
 * required key and UNKNOWN_PROPERTY for each key outside `required` and `optional`.
 */
export function readRecord(
  value: unknown,
  path: string,
  issues: Issue[],
  required: readonly string[],
  optional: readonly string[] = [],
): InputRecord | null {
  if (!isRecord(value)) {
    issues.push(issue('INVALID_TYPE', path, 'expected an object'));
    return null;
  }
  for (const key of required) readRequired(value, key, path, issues);
  reportUnknownKeys(value, [...required, ...optional], path, issues);
  return value;
}

/** Reads one of a fixed set of strings (INVALID_VALUE otherwise); `undefined` stays silent (already reported missing). */
export function readOneOf<T extends string>(value: unknown, options: readonly T[], path: string, issues: Issue[]): T | null {
  if (value === undefined) return null;
  if (typeof value === 'string' && (options as readonly string[]).includes(value)) return value as T;
  issues.push(issue('INVALID_VALUE', path, `expected one of ${options.join(', ')}`));
  return null;
}

/** Reads a boolean (INVALID_TYPE otherwise); `undefined` stays silent. */
export function readBoolean(value: unknown, path: string, issues: Issue[]): boolean | null {
  if (value === undefined) return null;
  if (typeof value === 'boolean') return value;
  issues.push(issue('INVALID_TYPE', path, 'expected true or false'));
  return null;
}

/** Reads a string (INVALID_TYPE otherwise); `undefined` stays silent. */
export function readString(value: unknown, path: string, issues: Issue[]): string | null {
  if (value === undefined) return null;
  if (typeof value === 'string') return value;
  issues.push(issue('INVALID_TYPE', path, 'expected a string'));
  return null;
}

/**
 * Reads a bounded list of distinct, non-empty ids: INVALID_TYPE, LIMIT_EXCEEDED for the list
 * or an id longer than `maxIdLength`, INVALID_ID for an empty or non-string id, DUPLICATE_ID
 * for a repeat. `undefined` stays silent.
 */
export function readIdList(value: unknown, path: string, issues: Issue[], maxItems: number, maxIdLength: number): string[] | null {
  if (value === undefined) return null;
  if (!Array.isArray(value)) {
    issues.push(issue('INVALID_TYPE', path, 'expected a list of ids'));
    return null;
  }
  if (value.length > maxItems) {
    issues.push(issue('LIMIT_EXCEEDED', path, `at most ${maxItems} ids`));
    return null;
  }
  const seen = new Set<string>();
  const before = issues.length;
  value.forEach((id: unknown, i) => {
    if (typeof id !== 'string' || id.trim() === '') issues.push(issue('INVALID_ID', pathIndex(path, i), 'expected a non-empty id'));
    else if (id.length > maxIdLength) issues.push(issue('LIMIT_EXCEEDED', pathIndex(path, i), `an id has at most ${maxIdLength} characters`));
    else if (seen.has(id)) issues.push(issue('DUPLICATE_ID', pathIndex(path, i), `${id} is listed twice`));
    else seen.add(id);
  });
  return issues.length === before ? [...seen] : null;
}

/** Puts a nested parser's issue paths under `prefix` (`rules[0]` → `assignment.ruleSet.rules[0]`). */
export function prefixIssues(prefix: string, issues: readonly Issue[]): Issue[] {
  return issues.map((i) => ({ ...i, path: prefixPath(prefix, i.path) }));
}

const prefixPath = (prefix: string, path: string): string =>
  path === '' ? prefix : path.startsWith('[') ? `${prefix}${path}` : pathProp(prefix, path);
