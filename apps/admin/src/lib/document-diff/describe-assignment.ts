import { genericLines, quoted, type ChangeLine } from './change-line';
import type { DiffNames } from './diff-names';
import { diffJson } from './json-diff';
import { asArray, asText, jsonEqual, type JsonRecord } from './json-value';

const MODE_WORDS: Readonly<Record<string, string>> = { sameDestination: 'Same destination', conditionRouting: 'Condition-based routing' };
const STRATEGY_WORDS: Readonly<Record<string, string>> = { roundRobin: 'Round robin', leastLoaded: 'Least loaded' };
const KNOWN_KEYS = new Set(['mode', 'destination', 'userIds', 'teamIds', 'ruleSetId', 'strategy']);

const ids = (value: unknown) => asArray(value).map(asText);
const strategy = (value: unknown) => STRATEGY_WORDS[asText(value)] ?? (value === undefined ? 'not set' : asText(value));

/** One assignment setup in a line, for when the mode itself changes and field-by-field would not read. */
export function summarizeAssignment(assignment: JsonRecord, names: DiffNames): string {
  if (assignment['mode'] === 'conditionRouting') {
    const ruleSetId = asText(assignment['ruleSetId']);
    return `Condition-based routing with ${ruleSetId === '' ? 'no rule set' : quoted(names.ruleSet(ruleSetId))} (${strategy(assignment['strategy']).toLowerCase()})`;
  }
  const pool = [...ids(assignment['teamIds']).map((id) => `team ${names.team(id)}`), ...ids(assignment['userIds']).map(names.user)];
  return `${MODE_WORDS['sameDestination']}: ${names.destination(asText(assignment['destination']))}, ${pool.length > 0 ? pool.join(', ') : 'nobody'} (${strategy(assignment['strategy']).toLowerCase()})`;
}

/** Who gets handed-off work: the mode, the destination, the pool (as a set), the rule set and the strategy. */
export function describeAssignment(old: JsonRecord, next: JsonRecord, names: DiffNames): ChangeLine[] {
  if (jsonEqual(old, next)) return [];
  if (old['mode'] !== next['mode']) return [{ kind: 'changed', subject: 'Assignment', from: summarizeAssignment(old, names), to: summarizeAssignment(next, names) }];
  const lines: ChangeLine[] = [];
  if (old['destination'] !== next['destination']) {
    lines.push({ kind: 'changed', subject: 'Destination', from: names.destination(asText(old['destination'])), to: names.destination(asText(next['destination'])) });
  }
  lines.push(...poolChanges(ids(old['teamIds']), ids(next['teamIds']), (id) => `Team ${quoted(names.team(id))}`));
  lines.push(...poolChanges(ids(old['userIds']), ids(next['userIds']), (id) => quoted(names.user(id))));
  if (old['ruleSetId'] !== next['ruleSetId']) {
    const name = (value: unknown) => (asText(value) === '' ? 'none' : quoted(names.ruleSet(asText(value))));
    lines.push({ kind: 'changed', subject: 'Routing rule set', from: name(old['ruleSetId']), to: name(next['ruleSetId']) });
  }
  if (old['strategy'] !== next['strategy']) lines.push({ kind: 'changed', subject: 'Assignment strategy', from: strategy(old['strategy']), to: strategy(next['strategy']) });
  const others = [...new Set([...Object.keys(old), ...Object.keys(next)])].filter((key) => !KNOWN_KEYS.has(key));
  for (const key of others) lines.push(...genericLines(diffJson(old[key], next[key], ['assignment', key])));
  return lines;
}

function poolChanges(old: readonly string[], next: readonly string[], name: (id: string) => string): ChangeLine[] {
  return [
    ...old.filter((id) => !next.includes(id)).map((id): ChangeLine => ({ kind: 'removed', subject: `${name(id)} removed from the assignment pool` })),
    ...next.filter((id) => !old.includes(id)).map((id): ChangeLine => ({ kind: 'added', subject: `${name(id)} added to the assignment pool` })),
  ];
}
