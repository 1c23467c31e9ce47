import { issue, pathProp, type Issue } from '../shared/issue';

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
