import { WEEKDAYS } from '@handoff/domain';
import { genericLines, humanizeKey, type ChangeLine } from './change-line';
import { diffJson } from './json-diff';
import { asArray, asRecord, asText, isRecord, jsonEqual } from './json-value';

const STATUS_WORDS: Readonly<Record<string, string>> = { online: 'Online', away: 'Away', offline: 'Offline' };
const KNOWN_KEYS = new Set(['status', 'capacity', 'workingHours']);

const dayName = (day: string) => humanizeKey(day);

/** Consecutive days as ranges: mon, tue, wed, fri → "Mon–Wed, Fri". */
function dayRanges(days: readonly string[]): string {
  const order = [...new Set(days)].sort((a, b) => WEEKDAYS.indexOf(a as never) - WEEKDAYS.indexOf(b as never));
  const runs: string[][] = [];
  for (const day of order) {
    const run = runs[runs.length - 1];
    const last = run?.[run.length - 1];
    if (run && last !== undefined && WEEKDAYS.indexOf(day as never) === WEEKDAYS.indexOf(last as never) + 1) run.push(day);
    else runs.push([day]);
  }
  return runs.map((run) => (run.length > 2 ? `${dayName(run[0] as string)}–${dayName(run[run.length - 1] as string)}` : run.map(dayName).join(', '))).join(', ');
}

/** Working hours in a line: "Mon–Fri 09:00–17:00 (Europe/Helsinki)"; null means always working. */
export function summarizeWorkingHours(hours: unknown): string {
  if (!isRecord(hours)) return 'Always working';
  const windows = new Map<string, string[]>();
  for (const item of asArray(hours['intervals'])) {
    const interval = asRecord(item);
    const window = `${asText(interval['start'])}–${asText(interval['end'])}`;
    windows.set(window, [...(windows.get(window) ?? []), asText(interval['day'])]);
  }
  const text = [...windows].map(([window, days]) => `${dayRanges(days)} ${window}`).join('; ') || 'No working intervals';
  return `${text} (${asText(hours['timeZone']) || 'no time zone'})`;
}

/** A person's availability settings: presence, capacity and working hours. */
export function describeAvailabilityChanges(before: unknown, after: unknown): ChangeLine[] {
  const old = asRecord(before);
  const next = asRecord(after);
  const lines: ChangeLine[] = [];
  if (old['status'] !== next['status']) lines.push({ kind: 'changed', subject: 'Presence', from: STATUS_WORDS[asText(old['status'])] ?? 'not set', to: STATUS_WORDS[asText(next['status'])] ?? 'not set' });
  if (old['capacity'] !== next['capacity']) lines.push({ kind: 'changed', subject: 'Capacity (open tickets at once)', from: String(old['capacity'] ?? 'not set'), to: String(next['capacity'] ?? 'not set') });
  if (!jsonEqual(old['workingHours'], next['workingHours'])) {
    const [from, to] = [summarizeWorkingHours(old['workingHours']), summarizeWorkingHours(next['workingHours'])];
    lines.push(...(from !== to ? [{ kind: 'changed' as const, subject: 'Working hours', from, to }] : genericLines(diffJson(old['workingHours'], next['workingHours'], ['workingHours']))));
  }
  const others = [...new Set([...Object.keys(old), ...Object.keys(next)])].filter((key) => !KNOWN_KEYS.has(key));
  for (const key of others) lines.push(...genericLines(diffJson(old[key], next[key], [key])));
  return lines;
}
