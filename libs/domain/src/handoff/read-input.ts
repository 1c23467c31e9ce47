import { issue, pathIndex, pathProp, type Issue } from '../shared/issue';

/** A plain JSON object read from outside. */
export type InputRecord = Readonly<Record<string, unknown>>;

/** Tells a JSON object from arrays, null and scalars. */
export const isRecord = (value: unknown): value is InputRecord =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

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
  for (const key of required) {
    if (value[key] === undefined) issues.push(issue('MISSING_PROPERTY', pathProp(path, key), `${key} is required`));
  }
  for (const key of Object.keys(value)) {
    if (!required.includes(key) && !optional.includes(key)) {
      issues.push(issue('UNKNOWN_PROPERTY', pathProp(path, key), `unknown property ${key}`));
    }
  }
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
 * Reads a bounded list of distinct, non-empty ids: INVALID_TYPE, LIMIT_EXCEEDED, INVALID_ID for
 * an empty or non-string id, DUPLICATE_ID for a repeat. `undefined` stays silent.
 */
export function readIdList(value: unknown, path: string, issues: Issue[], maxItems: number): string[] | null {
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
