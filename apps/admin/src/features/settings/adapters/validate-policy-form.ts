import { issue, parseHandoffPolicy, RULE_SET_FORMAT_VERSION, type Issue, type RuleSet } from '@handoff/domain';
import { formToDocument, type PolicyForm, type TriggerRow } from './policy-form';

// The domain parser embeds a rule set where the API's document names one by id. As the API does
// (stored-policy.ts), a valid empty rule set stands in so the policy's own fields are judged by
// the very same parser; the rule set's own content is the rules screen's business.
const STAND_IN_RULE_SET: RuleSet = { formatVersion: RULE_SET_FORMAT_VERSION, hitPolicy: 'firstMatch', rules: [], fallback: [] };

/**
 * Every issue the server would find without looking at its database, with the server's paths
 * (`customTriggers[2].phrase`, `messages.teamAvailable`, `assignment.ruleSetId`). Whether the
 * named users, teams and rule set exist, and whether the published rule set suits condition
 * routing, only the server can tell.
 */
export function validatePolicyForm(form: PolicyForm): Issue[] {
  const document = formToDocument(form);
  if (form.assignmentMode === 'sameDestination') {
    const parsed = parseHandoffPolicy(document);
    return parsed.ok ? [] : parsed.error;
  }
  const issues: Issue[] = [];
  if (form.ruleSetId === null) issues.push(issue('MISSING_PROPERTY', 'assignment.ruleSetId', 'choose the rule set that routes tickets'));
  const parsed = parseHandoffPolicy({ ...document, assignment: { mode: 'conditionRouting', ruleSet: STAND_IN_RULE_SET, strategy: form.strategy } });
  return parsed.ok ? issues : [...issues, ...parsed.error];
}

/**
 * Issues a new trigger would have once appended to the list (empty phrase, bad pattern, a
 * duplicate of an existing one), with paths rewritten to `newTrigger.<prop>`.
 */
export function validateNewTrigger(form: PolicyForm, candidate: TriggerRow): Issue[] {
  const at = `customTriggers[${form.customTriggers.length}]`;
  const withCandidate = { ...form, customTriggers: [...form.customTriggers, candidate] };
  return validatePolicyForm(withCandidate)
    .filter((i) => i.path.startsWith(`${at}.`))
    .map((i) => ({ ...i, path: `newTrigger${i.path.slice(at.length)}` }));
}

const INPUT_PREFIX = 'input.policy.';

/** Server issues sit under `input.policy`; the form speaks in policy-relative paths. */
export function toPolicyPaths<T extends { path: string }>(issues: readonly T[]): T[] {
  return issues.map((i) => (i.path.startsWith(INPUT_PREFIX) ? { ...i, path: i.path.slice(INPUT_PREFIX.length) } : i.path === 'input.policy' ? { ...i, path: '' } : i));
}
