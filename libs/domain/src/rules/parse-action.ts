import { issue, pathIndex, pathProp, type Issue } from '../shared/issue';
import { quote, isRecord, readOwn, readRequired, reportUnknownKeys, type InputRecord } from '../shared/read-input';
import { ASSIGNMENT_STRATEGIES, DESTINATIONS, PRIORITIES, type Action, type ActionType } from './rule-ast';
import { RULE_LIMITS } from './rule-limits';

const ACTION_KEYS: Readonly<Record<ActionType, readonly string[]>> = {
  assignUser: ['type', 'userId'],
  assignTeam: ['type', 'teamId', 'strategy'],
  setPriority: ['type', 'priority'],
  addTags: ['type', 'tags'],
  setDestination: ['type', 'destination'],
  sendMessage: ['type', 'message'],
};
const ACTION_TYPES = Object.keys(ACTION_KEYS) as ActionType[];
const isActionType = (value: string): value is ActionType => Object.hasOwn(ACTION_KEYS, value);

/**
 * Checks a list of 0..RULE_LIMITS.maxActions actions (a rule's `then`, the set's `fallback`).
 * Returns fresh copies, or undefined once something was reported.
 */
export function parseActions(raw: unknown, path: string, issues: Issue[]): Action[] | undefined {
  if (!Array.isArray(raw)) {
    issues.push(issue('INVALID_TYPE', path, 'expected a list of actions'));
    return undefined;
  }
  const before = issues.length;
  if (raw.length > RULE_LIMITS.maxActions) {
    issues.push(issue('LIMIT_EXCEEDED', path, `at most ${RULE_LIMITS.maxActions} actions`));
  }
  const actions: Action[] = [];
  const count = Math.min(raw.length, RULE_LIMITS.maxActions);
  for (let i = 0; i < count; i++) {
    const action = parseAction(raw[i], pathIndex(path, i), issues);
    if (action !== undefined) actions.push(action);
  }
  return issues.length === before ? actions : undefined;
}

/** Checks one action by its `type`: UNKNOWN_ACTION, then MISSING_PROPERTY / INVALID_VALUE / LIMIT_EXCEEDED per property. */
export function parseAction(raw: unknown, path: string, issues: Issue[]): Action | undefined {
  if (!isRecord(raw)) {
    issues.push(issue('INVALID_ACTION', path, `an action is an object with a type: ${ACTION_TYPES.join(', ')}`));
    return undefined;
  }
  const type = readRequired(raw, 'type', path, issues);
  if (type === undefined) return undefined;
  if (typeof type !== 'string' || !isActionType(type)) {
    const what = typeof type === 'string' ? `unknown action ${quote(type)}` : 'the action type must be a string';
    issues.push(issue('UNKNOWN_ACTION', pathProp(path, 'type'), `${what}; expected one of ${ACTION_TYPES.join(', ')}`));
    return undefined;
  }
  const before = issues.length;
  const action = readActionBody(raw, type, path, issues);
  reportUnknownKeys(raw, ACTION_KEYS[type], path, issues);
  return issues.length === before ? action : undefined;
}

function readActionBody(raw: InputRecord, type: ActionType, path: string, issues: Issue[]): Action | undefined {
  const text = (key: string): string | undefined => readText(raw, key, path, issues);
  const oneOf = <T extends string>(key: string, options: readonly T[]): T | undefined => readOneOf(raw, key, options, path, issues);
  switch (type) {
    case 'assignUser': {
      const userId = text('userId');
      return userId === undefined ? undefined : { type, userId };
    }
    case 'assignTeam': {
      const teamId = text('teamId');
      const strategy = readOwn(raw, 'strategy') === undefined ? undefined : oneOf('strategy', ASSIGNMENT_STRATEGIES);
      return teamId === undefined ? undefined : { type, teamId, ...(strategy === undefined ? {} : { strategy }) };
    }
    case 'setPriority': {
      const priority = oneOf('priority', PRIORITIES);
      return priority === undefined ? undefined : { type, priority };
    }
    case 'addTags': {
      const tags = readTags(raw, path, issues);
      return tags === undefined ? undefined : { type, tags };
    }
    case 'setDestination': {
      const destination = oneOf('destination', DESTINATIONS);
      return destination === undefined ? undefined : { type, destination };
    }
    case 'sendMessage': {
      const message = text('message');
      return message === undefined ? undefined : { type, message };
    }
  }
}

/** A required string of 1..maxStringLength characters. */
function readText(raw: InputRecord, key: string, path: string, issues: Issue[]): string | undefined {
  const value = readRequired(raw, key, path, issues);
  return value === undefined ? undefined : checkText(value, pathProp(path, key), issues, key);
}

function checkText(value: unknown, at: string, issues: Issue[], what: string): string | undefined {
  if (typeof value !== 'string' || value.length === 0) {
    issues.push(issue('INVALID_VALUE', at, `${what} must be a non-empty string`));
    return undefined;
  }
  if (value.length > RULE_LIMITS.maxStringLength) {
    issues.push(issue('LIMIT_EXCEEDED', at, `${what} has at most ${RULE_LIMITS.maxStringLength} characters`));
    return undefined;
  }
  return value;
}

function readOneOf<T extends string>(raw: InputRecord, key: string, options: readonly T[], path: string, issues: Issue[]): T | undefined {
  const value = readRequired(raw, key, path, issues);
  if (value === undefined) return undefined;
  if (typeof value === 'string' && (options as readonly string[]).includes(value)) return value as T;
  issues.push(issue('INVALID_VALUE', pathProp(path, key), `expected one of ${options.join(', ')}`));
  return undefined;
}

function readTags(raw: InputRecord, path: string, issues: Issue[]): string[] | undefined {
  const value = readRequired(raw, 'tags', path, issues);
  const at = pathProp(path, 'tags');
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) {
    issues.push(issue('INVALID_VALUE', at, 'tags must be a list of strings'));
    return undefined;
  }
  if (value.length === 0) {
    issues.push(issue('EMPTY_LIST', at, 'addTags needs at least one tag'));
    return undefined;
  }
  const before = issues.length;
  if (value.length > RULE_LIMITS.maxListItems) {
    issues.push(issue('LIMIT_EXCEEDED', at, `at most ${RULE_LIMITS.maxListItems} tags`));
  }
  const tags: string[] = [];
  const count = Math.min(value.length, RULE_LIMITS.maxListItems);
  for (let i = 0; i < count; i++) {
    const tag = checkText(value[i], pathIndex(at, i), issues, 'a tag');
    if (tag !== undefined) tags.push(tag);
  }
  return issues.length === before ? tags : undefined;
}
