import { issue, pathProp } from '../shared/issue';
import { parseActions } from './parse-action';
import { parseConditionNode } from './parse-condition-node';
import type { ParseContext } from './parse-context';
import { isRecord, readOwn, readRequired, reportUnknownKeys, type InputRecord } from '../shared/read-input';
import type { Rule } from './rule-ast';
import { RULE_LIMITS } from './rule-limits';

const RULE_KEYS = ['id', 'name', 'enabled', 'stop', 'when', 'then'] as const;

// No whitespace, dots or slashes: ids appear in paths, URLs and explanation traces as they are.
const RULE_ID = new RegExp(`^[A-Za-z0-9_-]{1,${RULE_LIMITS.maxIdLength}}$`);

/**
 * Checks one rule: id (INVALID_ID, DUPLICATE_ID across the set), name, flags, the `when` tree
 * and the `then` actions. Returns a fresh rule, or undefined once something was reported.
 */
export function parseRule(raw: unknown, path: string, ctx: ParseContext): Rule | undefined {
  if (!isRecord(raw)) {
    ctx.issues.push(issue('INVALID_TYPE', path, 'a rule must be an object'));
    return undefined;
  }
  const before = ctx.issues.length;
  reportUnknownKeys(raw, RULE_KEYS, path, ctx.issues);
  const id = readId(raw, path, ctx);
  const name = readName(raw, path, ctx);
  const enabled = readBoolean(raw, 'enabled', path, ctx, true);
  const stop = readBoolean(raw, 'stop', path, ctx, false);
  const when = readRequired(raw, 'when', path, ctx.issues);
  ctx.ruleNodes = 0;
  const condition = when === undefined ? undefined : parseConditionNode(when, pathProp(path, 'when'), 1, ctx);
  const then = readRequired(raw, 'then', path, ctx.issues);
  const actions = then === undefined ? undefined : parseActions(then, pathProp(path, 'then'), ctx.issues);
  const complete = id !== undefined && name !== undefined && enabled !== undefined && condition !== undefined && actions !== undefined;
  if (ctx.issues.length > before || !complete) return undefined;
  return { id, name, enabled, when: condition, then: actions, ...(stop === undefined ? {} : { stop }) };
}

function readId(raw: InputRecord, path: string, ctx: ParseContext): string | undefined {
  const id = readRequired(raw, 'id', path, ctx.issues);
  if (id === undefined) return undefined;
  const at = pathProp(path, 'id');
  if (typeof id !== 'string' || !RULE_ID.test(id)) {
    const message = `a rule id is 1 to ${RULE_LIMITS.maxIdLength} letters, digits, "_" or "-"`;
    ctx.issues.push(issue('INVALID_ID', at, message));
    return undefined;
  }
  const first = ctx.ruleIds.get(id);
  if (first !== undefined) {
    ctx.issues.push(issue('DUPLICATE_ID', at, `the id ${id} is already used by ${first}`));
    return undefined;
  }
  ctx.ruleIds.set(id, path);
  return id;
}

function readName(raw: InputRecord, path: string, ctx: ParseContext): string | undefined {
  const name = readRequired(raw, 'name', path, ctx.issues);
  if (name === undefined) return undefined;
  const at = pathProp(path, 'name');
  if (typeof name !== 'string') {
    ctx.issues.push(issue('INVALID_TYPE', at, 'a rule name must be a string'));
    return undefined;
  }
  if (name.length === 0) {
    ctx.issues.push(issue('INVALID_VALUE', at, 'a rule name must not be empty'));
    return undefined;
  }
  if (name.length > RULE_LIMITS.maxNameLength) {
    ctx.issues.push(issue('LIMIT_EXCEEDED', at, `a rule name has at most ${RULE_LIMITS.maxNameLength} characters`));
    return undefined;
  }
  return name;
}

function readBoolean(raw: InputRecord, key: string, path: string, ctx: ParseContext, required: boolean): boolean | undefined {
  const value = required ? readRequired(raw, key, path, ctx.issues) : readOwn(raw, key);
  if (value === undefined || typeof value === 'boolean') return value;
  ctx.issues.push(issue('INVALID_TYPE', pathProp(path, key), `${key} must be true or false`));
  return undefined;
}
