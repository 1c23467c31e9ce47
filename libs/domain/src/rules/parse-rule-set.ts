import { issue, pathIndex, type Issue } from '../shared/issue';
import { err, ok, type Result } from '../shared/result';
import { DEFAULT_FIELD_CATALOGUE, type FieldCatalogue } from './field-catalogue';
import { parseActions } from './parse-action';
import { createParseContext, type ParseContext } from './parse-context';
import { parseRule } from './parse-rule';
import { isRecord, readOwn, readRequired, reportUnknownKeys } from '../shared/read-input';
import { RULE_SET_FORMAT_VERSION, type HitPolicy, type Rule, type RuleSet } from './rule-ast';
import { RULE_LIMITS } from './rule-limits';

const ROOT_KEYS = ['formatVersion', 'hitPolicy', 'rules', 'fallback'] as const;
const HIT_POLICIES: readonly HitPolicy[] = ['firstMatch', 'collectAll'];

/**
 * Validates an untrusted rule set (API input, a stored row, the admin's draft) into the typed
 * AST, or reports every issue found with a stable code and a path such as
 * `rules[3].when.any[1].value`. Never throws; work is linear in the input and bounded by
 * RULE_LIMITS, nesting included. The result is a fresh copy with no unknown keys and no
 * references into the input; optional properties (`stop`, `strategy`, `ignoreCase`,
 * `ignoreAccents`) are kept exactly as given, `false` included, so a valid input parses to a
 * deep-equal value.
 */
export function parseRuleSet(input: unknown, catalogue: FieldCatalogue = DEFAULT_FIELD_CATALOGUE): Result<RuleSet, Issue[]> {
  if (!isRecord(input)) return err([issue('INVALID_TYPE', '', 'a rule set must be an object')]);
  const ctx = createParseContext(catalogue);
  reportUnknownKeys(input, ROOT_KEYS, '', ctx.issues);
  if (readOwn(input, 'formatVersion') !== RULE_SET_FORMAT_VERSION) {
    ctx.issues.push(issue('UNSUPPORTED_VERSION', 'formatVersion', `formatVersion must be ${RULE_SET_FORMAT_VERSION}`));
  }
  const hitPolicy = readHitPolicy(readRequired(input, 'hitPolicy', '', ctx.issues), ctx);
  const rules = parseRules(readRequired(input, 'rules', '', ctx.issues), ctx);
  const rawFallback = readRequired(input, 'fallback', '', ctx.issues);
  const fallback = rawFallback === undefined ? undefined : parseActions(rawFallback, 'fallback', ctx.issues);
  if (ctx.issues.length > 0 || hitPolicy === undefined || rules === undefined || fallback === undefined) return err(ctx.issues);
  return ok({ formatVersion: RULE_SET_FORMAT_VERSION, hitPolicy, rules, fallback });
}

function readHitPolicy(value: unknown, ctx: ParseContext): HitPolicy | undefined {
  if (value === undefined) return undefined;
  const policy = HIT_POLICIES.find((p) => p === value);
  if (policy === undefined) ctx.issues.push(issue('INVALID_VALUE', 'hitPolicy', `expected one of ${HIT_POLICIES.join(', ')}`));
  return policy;
}

function parseRules(value: unknown, ctx: ParseContext): Rule[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) {
    ctx.issues.push(issue('INVALID_TYPE', 'rules', 'rules must be a list'));
    return undefined;
  }
  if (value.length > RULE_LIMITS.maxRules) {
    ctx.issues.push(issue('LIMIT_EXCEEDED', 'rules', `a rule set has at most ${RULE_LIMITS.maxRules} rules`));
  }
  // Past the limit the input is refused anyway; checking the first maxRules keeps the work bounded.
  const rules: Rule[] = [];
  const count = Math.min(value.length, RULE_LIMITS.maxRules);
  for (let i = 0; i < count; i++) {
    const rule = parseRule(value[i], pathIndex('rules', i), ctx);
    if (rule !== undefined) rules.push(rule);
  }
  return rules;
}
