import { OPERATORS_BY_ID, type Operator } from '@handoff/domain';
import { quoted, truncate } from './change-line';
import type { DiffNames } from './diff-names';
import { asArray, asRecord, asText, isRecord } from './json-value';

const STRATEGY_WORDS: Readonly<Record<string, string>> = { roundRobin: 'round robin', leastLoaded: 'least loaded' };
const PRIORITY_WORDS: Readonly<Record<string, string>> = { low: 'Low', normal: 'Normal', high: 'High', urgent: 'Urgent' };

/** A rule's condition tree in one line: "Conversation channel is “email” and (… or …)". */
export function summarizeCondition(node: unknown, names: DiffNames, nested = false): string {
  const record = asRecord(node);
  if ('not' in record) return `not (${summarizeCondition(record['not'], names)})`;
  if ('all' in record || 'any' in record) {
    const [children, joiner] = 'all' in record ? [asArray(record['all']), ' and '] : [asArray(record['any']), ' or '];
    if (children.length === 0) return 'no conditions';
    const text = children.map((child) => summarizeCondition(child, names, true)).join(joiner);
    return nested && children.length > 1 ? `(${text})` : text;
  }
  return summarizeLeaf(record, names);
}

function summarizeLeaf(condition: Readonly<Record<string, unknown>>, names: DiffNames): string {
  const operator = OPERATORS_BY_ID.get(asText(condition['operator']) as Operator);
  const field = names.field(asText(condition['field']));
  const value = condition['value'];
  const shown = operator?.valueShape === 'range' && Array.isArray(value) ? value.map(scalar).join(' and ') : value === undefined ? '' : scalar(value);
  // Case and accent folding change what matches, so a change to them must show in the summary.
  const folding = [condition['ignoreCase'] === true ? 'case' : '', condition['ignoreAccents'] === true ? 'accents' : ''].filter(Boolean).join(' and ');
  return [field, operator?.label ?? asText(condition['operator']), shown, folding ? `(ignoring ${folding})` : ''].filter(Boolean).join(' ');
}

const scalar = (value: unknown): string => (Array.isArray(value) ? value.map(scalar).join(', ') : typeof value === 'string' ? quoted(value, 60) : String(value));

/** What a list of actions does, with team and person names: "Priority Urgent; assign to team Support". */
export function summarizeActions(actions: unknown, names: DiffNames): string {
  const list = asArray(actions).filter(isRecord);
  if (list.length === 0) return 'No actions';
  return list.map((action, i) => summarizeAction(action, names, i === 0)).join('; ');
}

function summarizeAction(action: Readonly<Record<string, unknown>>, names: DiffNames, first: boolean): string {
  const text = actionWords(action, names);
  return first ? text : text.charAt(0).toLowerCase() + text.slice(1);
}

function actionWords(action: Readonly<Record<string, unknown>>, names: DiffNames): string {
  switch (action['type']) {
    case 'assignTeam': {
      const strategy = STRATEGY_WORDS[asText(action['strategy'])];
      return `Assign to team ${names.team(asText(action['teamId']))}${strategy ? ` (${strategy})` : ''}`;
    }
    case 'assignUser':
      return `Assign to ${names.user(asText(action['userId']))}`;
    case 'setPriority':
      return `Priority ${PRIORITY_WORDS[asText(action['priority'])] ?? asText(action['priority'])}`;
    case 'addTags':
      return `Tag ${asArray(action['tags']).map((tag) => quoted(asText(tag), 40)).join(', ')}`;
    case 'setDestination':
      return `Send to ${names.destination(asText(action['destination']))}`;
    case 'sendMessage':
      return `Send the message ${quoted(asText(action['message']), 60)}`;
    default:
      return truncate(JSON.stringify(action), 60);
  }
}
