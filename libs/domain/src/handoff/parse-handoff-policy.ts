import type { FieldCatalogue } from '../rules/field-catalogue';
import { RULE_LIMITS } from '../rules/rule-limits';
import { issue, pathProp, type Issue } from '../shared/issue';
import { err, ok, type Result } from '../shared/result';
import { BUILT_IN_TRIGGERS, type BuiltInTrigger } from '../triggers/trigger-types';
import { HANDOFF_MESSAGE_KINDS, HANDOFF_PROCESSES, UNASSIGNED_BEHAVIOURS, type HandoffMessages, type HandoffPolicy, type HandoffProcess } from './handoff-policy';
import { parseAssignmentConfig } from './parse-assignment-config';
import { parseCustomTriggers } from './parse-custom-triggers';
import { readBoolean, readOneOf, readRecord, readString } from '../shared/read-input';


/** The visitor messages each process can show; the others may be left empty. */
export const MESSAGES_USED_BY_PROCESS: Readonly<Record<HandoffProcess, readonly (keyof HandoffMessages)[]>> = {
  live: HANDOFF_MESSAGE_KINDS,
  async: HANDOFF_MESSAGE_KINDS,
  none: [],
};

/**
 * Validates a handoff policy from outside (API input or a stored row) and returns it typed, or
 * every issue found with its path: the shape (every property required, none unknown), the
 * process, the assignment (see `parseAssignmentConfig`; rule set issues under
 * `assignment.ruleSet`), the custom triggers (under `customTriggers`), and the messages: at most
 * 2,000 characters each, and non-blank when the process uses them.
 */
export function parseHandoffPolicy(input: unknown, catalogue?: FieldCatalogue): Result<HandoffPolicy, Issue[]> {
  const issues: Issue[] = [];
  const keys = ['builtInTriggers', 'customTriggers', 'process', 'assignment', 'messages', 'unassignedBehaviour'];
  const root = readRecord(input, '', issues, keys);
  if (root === null) return err(issues);
  const process = readOneOf(root['process'], HANDOFF_PROCESSES, 'process', issues);
  const builtInTriggers = readBuiltIns(root['builtInTriggers'], issues);
  const customTriggers = parseCustomTriggers(root['customTriggers'], 'customTriggers', issues);
  const assignment = root['assignment'] === undefined ? null : parseAssignmentConfig(root['assignment'], 'assignment', process, issues, catalogue);
  const messages = readMessages(root['messages'], process, issues);
  const unassignedBehaviour = readOneOf(root['unassignedBehaviour'], UNASSIGNED_BEHAVIOURS, 'unassignedBehaviour', issues);
  if (
    issues.length > 0 ||
    process === null ||
    builtInTriggers === null ||
    customTriggers === null ||
    assignment === null ||
    messages === null ||
    unassignedBehaviour === null
  ) {
    return err(issues);
  }
  return ok({ builtInTriggers, customTriggers, process, assignment, messages, unassignedBehaviour });
}

function readBuiltIns(input: unknown, issues: Issue[]): Record<BuiltInTrigger, boolean> | null {
  if (input === undefined) return null;
  const record = readRecord(input, 'builtInTriggers', issues, BUILT_IN_TRIGGERS);
  if (record === null) return null;
  const [agentCannotAnswer, visitorAskedForHuman, agentPaused] = BUILT_IN_TRIGGERS.map((key) =>
    readBoolean(record[key], pathProp('builtInTriggers', key), issues),
  );
  if (agentCannotAnswer == null || visitorAskedForHuman == null || agentPaused == null) return null;
  return { agentCannotAnswer, visitorAskedForHuman, agentPaused };
}

function readMessages(input: unknown, process: HandoffProcess | null, issues: Issue[]): HandoffMessages | null {
  if (input === undefined) return null;
  const record = readRecord(input, 'messages', issues, HANDOFF_MESSAGE_KINDS);
  if (record === null) return null;
  const used = process === null ? HANDOFF_MESSAGE_KINDS : MESSAGES_USED_BY_PROCESS[process];
  const [teamAvailable, teamUnavailable, ticketUnassigned] = HANDOFF_MESSAGE_KINDS.map((kind) => {
    const path = pathProp('messages', kind);
    const text = readString(record[kind], path, issues);
    if (text === null) return null;
    if (text.length > RULE_LIMITS.maxStringLength) {
      issues.push(issue('LIMIT_EXCEEDED', path, `at most ${RULE_LIMITS.maxStringLength} characters`));
    } else if (used.includes(kind) && text.trim() === '') {
      issues.push(issue('INVALID_VALUE', path, 'write the text the visitor sees'));
    }
    return text;
  });
  if (teamAvailable == null || teamUnavailable == null || ticketUnassigned == null) return null;
  return { teamAvailable, teamUnavailable, ticketUnassigned };
}
