import type { FieldCatalogue } from '../rules/field-catalogue';
import { parseRuleSet } from '../rules/parse-rule-set';
import { ASSIGNMENT_STRATEGIES, DESTINATIONS, type RuleSet } from '../rules/rule-ast';
import { RULE_LIMITS } from '../rules/rule-limits';
import { issue, pathIndex, pathProp, type Issue } from '../shared/issue';
import { ASSIGNMENT_MODES, type AssignmentConfig, type HandoffProcess } from './handoff-policy';
import { POLICY_LIMITS } from './policy-limits';
import { isRecord, prefixIssues, readIdList, readOneOf, readRecord } from '../shared/read-input';


/**
 * Reads the assignment config at `path`. Same destination needs a destination and, unless the
 * process is `none`, at least one user or team (INVALID_POLICY). Condition routing is help desk
 * only: an explicit `destination` other than `helpDesk`, or a setDestination to `inbox` in the
 * rule set, is INVALID_POLICY. Appends issues; returns the config when it is valid.
 */
export function parseAssignmentConfig(
  input: unknown,
  path: string,
  process: HandoffProcess | null,
  issues: Issue[],
  catalogue?: FieldCatalogue,
): AssignmentConfig | null {
  if (!isRecord(input)) {
    issues.push(issue('INVALID_TYPE', path, 'expected an object'));
    return null;
  }
  const at = (key: string) => pathProp(path, key);
  if (input['mode'] === undefined) issues.push(issue('MISSING_PROPERTY', at('mode'), 'mode is required'));
  const mode = readOneOf(input['mode'], ASSIGNMENT_MODES, at('mode'), issues);
  if (mode === null) return null;
  const before = issues.length;
  if (mode === 'sameDestination') {
    readRecord(input, path, issues, ['mode', 'destination', 'userIds', 'teamIds', 'strategy']);
    const destination = readOneOf(input['destination'], DESTINATIONS, at('destination'), issues);
    const userIds = readIdList(input['userIds'], at('userIds'), issues, RULE_LIMITS.maxListItems, POLICY_LIMITS.maxIdLength);
    const teamIds = readIdList(input['teamIds'], at('teamIds'), issues, RULE_LIMITS.maxListItems, POLICY_LIMITS.maxIdLength);
    const strategy = readOneOf(input['strategy'], ASSIGNMENT_STRATEGIES, at('strategy'), issues);
    if (userIds?.length === 0 && teamIds?.length === 0 && process !== 'none') {
      issues.push(issue('INVALID_POLICY', path, 'choose at least one user or team to receive handed-off work'));
    }
    if (destination === null || userIds === null || teamIds === null || strategy === null || issues.length > before) return null;
    return { mode, destination, userIds, teamIds, strategy };
  }
  readRecord(input, path, issues, ['mode', 'ruleSet', 'strategy'], ['destination']);
  if (input['destination'] !== undefined && input['destination'] !== 'helpDesk') {
    issues.push(issue('INVALID_POLICY', at('destination'), 'condition-based routing always sends work to the help desk'));
  }
  const strategy = readOneOf(input['strategy'], ASSIGNMENT_STRATEGIES, at('strategy'), issues);
  const ruleSet = readRuleSet(input['ruleSet'], at('ruleSet'), issues, catalogue);
  if (strategy === null || ruleSet === null || issues.length > before) return null;
  return { mode, ruleSet, strategy };
}

function readRuleSet(input: unknown, path: string, issues: Issue[], catalogue?: FieldCatalogue): RuleSet | null {
  if (input === undefined) return null;
  const parsed = parseRuleSet(input, catalogue);
  if (!parsed.ok) {
    issues.push(...prefixIssues(path, parsed.error));
    return null;
  }
  const ruleSet = parsed.value;
  const lists = [
    ...ruleSet.rules.map((rule, i) => ({ actions: rule.then, path: pathProp(pathIndex(pathProp(path, 'rules'), i), 'then') })),
    { actions: ruleSet.fallback, path: pathProp(path, 'fallback') },
  ];
  for (const list of lists) {
    list.actions.forEach((action, j) => {
      if (action.type === 'setDestination' && action.destination !== 'helpDesk') {
        issues.push(issue('INVALID_POLICY', pathIndex(list.path, j), 'condition-based routing is help desk only; it cannot send work to the inbox'));
      }
    });
  }
  return ruleSet;
}
