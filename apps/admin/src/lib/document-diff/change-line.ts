import type { JsonChange, JsonPath } from './json-diff';
import { isRecord } from './json-value';

/** What kind of change a line reports; the view colours and labels lines by it. */
export type ChangeKind = 'added' | 'removed' | 'changed' | 'moved';

/** One change said in words: "Process: Live handoff → Asynchronous handoff". */
export interface ChangeLine {
  readonly kind: ChangeKind;
  /** What changed, and for additions, removals and moves, how. */
  readonly subject: string;
  /** The old and new value in words, when the line is a before → after. */
  readonly from?: string;
  readonly to?: string;
  /** More about an added or removed thing: what the new rule does, how a trigger matches. */
  readonly detail?: string;
}

/** The whole line as one sentence (what tests and screen readers get). */
export function lineText({ subject, from, to, detail }: ChangeLine): string {
  const values = from !== undefined || to !== undefined ? `: ${from ?? '—'} → ${to ?? '—'}` : '';
  return `${subject}${values}${detail ? ` (${detail})` : ''}`;
}

/** Cuts long text at a word-ish boundary, with an ellipsis. */
export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** Text the admin typed, quoted so spaces and empty strings stay visible. */
export const quoted = (text: string, max = 80): string => `“${truncate(text, max)}”`;

/** A JSON value in a few words: text quoted, lists joined, objects as compact JSON. */
export function formatValue(value: unknown, max = 80): string {
  if (typeof value === 'string') return quoted(value, max);
  if (value === null || value === undefined) return 'none';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (Array.isArray(value) && value.every((item) => !isRecord(item) && !Array.isArray(item))) {
    return value.length === 0 ? 'none' : truncate(value.map((item) => formatValue(item, max)).join(', '), max);
  }
  return truncate(JSON.stringify(value), max);
}

/** `camelCase` as words: "workingHours" → "Working hours". */
export function humanizeKey(key: string): string {
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A path for people: "Working hours › intervals › #2 › start". */
export function humanizePath(path: JsonPath): string {
  if (path.length === 0) return 'Document';
  return path.map((segment, i) => (typeof segment === 'number' ? `#${segment + 1}` : i === 0 ? humanizeKey(segment) : humanizeKey(segment).toLowerCase())).join(' › ');
}

/** A path as code: `rules[2].when.all[0]`. */
export function formatPath(path: JsonPath): string {
  return path.map((segment, i) => (typeof segment === 'number' ? `[${segment}]` : i === 0 ? segment : `.${segment}`)).join('') || '(whole document)';
}

/**
 * The fallback for parts no describer knows: each structural change as a line. `prefix` names the
 * part the paths are relative to ("Rule 2 “Refunds” condition").
 */
export function genericLines(changes: readonly JsonChange[], prefix?: string): ChangeLine[] {
  return changes.map((change): ChangeLine => {
    const where = prefix === undefined ? humanizePath(change.path) : [prefix, ...(change.path.length > 0 ? [humanizePath(change.path).replace(/^./, (c) => c.toLowerCase())] : [])].join(' › ');
    switch (change.kind) {
      case 'added':
        return { kind: 'added', subject: `${where} added`, detail: formatValue(change.after) };
      case 'removed':
        return { kind: 'removed', subject: `${where} removed`, detail: formatValue(change.before) };
      case 'changed':
        return { kind: 'changed', subject: where, from: formatValue(change.before), to: formatValue(change.after) };
      case 'moved':
        return { kind: 'moved', subject: `${where.replace(/ › #\d+$/, '')}: item moved from position ${change.from + 1} to ${change.to + 1}` };
    }
  });
}
