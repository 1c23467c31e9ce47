import {
  err,
  issue,
  ok,
  parseHandoffPolicy,
  POLICY_LIMITS,
  RULE_SET_FORMAT_VERSION,
  type AssignmentStrategy,
  type HandoffPolicy,
  type Issue,
  type Result,
  type RuleSet,
} from '@handoff/domain';

/**
 * The policy as `handoff_policies.document` stores it: the domain `HandoffPolicy`, except that
 * condition routing names a rule set by id (`ruleSetId`) instead of embedding it, so publishing
 * a new rule set version takes effect without rewriting the policy.
 */
export type StoredHandoffPolicy = Omit<HandoffPolicy, 'assignment'> & { readonly assignment: StoredAssignment };

/** The assignment part of a stored policy. */
export type StoredAssignment =
  | Extract<HandoffPolicy['assignment'], { mode: 'sameDestination' }>
  | { readonly mode: 'conditionRouting'; readonly ruleSetId: string; readonly strategy: AssignmentStrategy };

/**
 * Routing used when the policy's rule set has never been published: no rules and an empty
 * fallback, so tickets are created unassigned (and the visitor sees the "unassigned" text)
 * instead of being routed by an unpublished draft.
 */
export const UNPUBLISHED_RULE_SET: RuleSet = { formatVersion: RULE_SET_FORMAT_VERSION, hitPolicy: 'firstMatch', rules: [], fallback: [] };

/**
 * Validates a stored-shape policy with the domain parser. The rule set id is checked here (a
 * non-blank string); whether it exists is the caller's business. Paths are relative to the policy.
 */
export function parseStoredPolicy(input: unknown): Result<StoredHandoffPolicy, Issue[]> {
  const record = isRecord(input) ? input : null;
  const assignment = record && isRecord(record['assignment']) ? record['assignment'] : null;
  if (!record || !assignment || assignment['mode'] !== 'conditionRouting') {
    const parsed = parseHandoffPolicy(input);
    return parsed.ok ? ok(parsed.value as StoredHandoffPolicy) : parsed;
  }
  const { ruleSetId, ...rest } = assignment;
  const issues: Issue[] = [];
  if (typeof ruleSetId !== 'string' || ruleSetId.trim() === '') {
    issues.push(issue(ruleSetId === undefined ? 'MISSING_PROPERTY' : 'INVALID_TYPE', 'assignment.ruleSetId', 'choose the rule set that routes tickets'));
  } else if (ruleSetId.length > POLICY_LIMITS.maxIdLength) {
    issues.push(issue('LIMIT_EXCEEDED', 'assignment.ruleSetId', `an id has at most ${POLICY_LIMITS.maxIdLength} characters`));
  }
  if ('ruleSet' in rest) issues.push(issue('UNKNOWN_PROPERTY', 'assignment.ruleSet', 'name the rule set by ruleSetId; it is edited on its own'));
  // The parser needs a rule set; a valid empty one stands in so only the policy's own fields are judged.
  const parsed = parseHandoffPolicy({ ...record, assignment: { ...rest, ruleSet: UNPUBLISHED_RULE_SET } });
  if (!parsed.ok) issues.push(...parsed.error);
  if (issues.length > 0 || !parsed.ok) return err(issues);
  const { strategy } = parsed.value.assignment;
  return ok({ ...parsed.value, assignment: { mode: 'conditionRouting', ruleSetId: ruleSetId as string, strategy } });
}

/** The domain policy with the given rule set substituted for the stored id. */
export function resolveStoredPolicy(stored: StoredHandoffPolicy, ruleSet: RuleSet | null): HandoffPolicy {
  if (stored.assignment.mode !== 'conditionRouting') return stored as HandoffPolicy;
  return { ...stored, assignment: { mode: 'conditionRouting', ruleSet: ruleSet ?? UNPUBLISHED_RULE_SET, strategy: stored.assignment.strategy } };
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
