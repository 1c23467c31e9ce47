import { issue, pathIndex, pathProp } from '../shared/issue';
import { CONDITION_KEYS, parseCondition } from './parse-condition';
import type { ParseContext } from './parse-context';
import { isRecord, readOwn, reportUnknownKeys, type InputRecord } from '../shared/read-input';
import type { ConditionNode } from './rule-ast';
import { RULE_LIMITS } from './rule-limits';

const GROUP_KEYS = ['all', 'any', 'not'] as const;
type GroupKey = (typeof GROUP_KEYS)[number];

/**
 * Checks one node of a rule's `when` tree: a group with exactly one of `all` / `any` / `not`, or
 * a condition. `depth` is the nesting this node has if it is a group (the root group is 1);
 * a group deeper than RULE_LIMITS.maxDepth is reported and not entered, so adversarial nesting
 * costs at most maxDepth + 1 stack frames. Node budgets per rule and per set are counted in `ctx`.
 */
export function parseConditionNode(raw: unknown, path: string, depth: number, ctx: ParseContext): ConditionNode | undefined {
  if (!countNode(path, ctx)) return undefined;
  if (!isRecord(raw)) {
    ctx.issues.push(issue('INVALID_TYPE', path, 'expected a group (all, any or not) or a condition (field, operator, value)'));
    return undefined;
  }
  const groupKeys = GROUP_KEYS.filter((key) => readOwn(raw, key) !== undefined);
  const [groupKey] = groupKeys;
  if (groupKey === undefined) return parseCondition(raw, path, ctx);
  const conditionKeys = CONDITION_KEYS.filter((key) => readOwn(raw, key) !== undefined);
  if (groupKeys.length > 1 || conditionKeys.length > 0) {
    const found = [...groupKeys, ...conditionKeys].join(' and ');
    const message = `a node is exactly one group (all, any or not) or a condition (field, operator, value), found ${found}`;
    ctx.issues.push(issue('INVALID_VALUE', path, message));
    return undefined;
  }
  if (depth > RULE_LIMITS.maxDepth) {
    ctx.issues.push(issue('LIMIT_EXCEEDED', path, `groups nest at most ${RULE_LIMITS.maxDepth} deep`));
    return undefined;
  }
  return parseGroup(raw, groupKey, path, depth, ctx);
}

function parseGroup(raw: InputRecord, key: GroupKey, path: string, depth: number, ctx: ParseContext): ConditionNode | undefined {
  const before = ctx.issues.length;
  reportUnknownKeys(raw, [key], path, ctx.issues);
  const at = pathProp(path, key);
  const body = readOwn(raw, key);
  if (key === 'not') {
    const child = parseConditionNode(body, at, depth + 1, ctx);
    return child === undefined || ctx.issues.length > before ? undefined : { not: child };
  }
  if (!Array.isArray(body)) {
    ctx.issues.push(issue('INVALID_TYPE', at, `${key} must be a list of nodes`));
    return undefined;
  }
  if (body.length === 0) {
    ctx.issues.push(issue('EMPTY_GROUP', at, `${key} needs at least one node`));
    return undefined;
  }
  const children: ConditionNode[] = [];
  for (let i = 0; i < body.length && hasNodeBudget(ctx); i++) {
    const child = parseConditionNode(body[i], pathIndex(at, i), depth + 1, ctx);
    if (child !== undefined) children.push(child);
  }
  if (ctx.issues.length > before) return undefined;
  return key === 'all' ? { all: children } : { any: children };
}

/** Counts a node, reporting LIMIT_EXCEEDED once per rule and once per set at the node that crosses a bound. */
function countNode(path: string, ctx: ParseContext): boolean {
  ctx.ruleNodes += 1;
  ctx.setNodes += 1;
  if (ctx.ruleNodes === RULE_LIMITS.maxNodesPerRule + 1) {
    ctx.issues.push(issue('LIMIT_EXCEEDED', path, `a rule has at most ${RULE_LIMITS.maxNodesPerRule} condition nodes`));
  }
  if (ctx.setNodes === RULE_LIMITS.maxNodesPerSet + 1) {
    ctx.issues.push(issue('LIMIT_EXCEEDED', path, `a rule set has at most ${RULE_LIMITS.maxNodesPerSet} condition nodes`));
  }
  return hasNodeBudget(ctx);
}

const hasNodeBudget = (ctx: ParseContext): boolean =>
  ctx.ruleNodes <= RULE_LIMITS.maxNodesPerRule && ctx.setNodes <= RULE_LIMITS.maxNodesPerSet;
