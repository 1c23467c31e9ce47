import { humanizeKey, quoted } from '../../../lib/document-diff/change-line';
import type { DiffNames } from '../../../lib/document-diff/diff-names';
import { asArray, asRecord, asText } from '../../../lib/document-diff/json-value';
import type { AuditEntry } from './audit-entry';

const RULE_SET_ACTIONS: Readonly<Record<string, string>> = {
  create: 'created',
  saveDraft: 'draft saved',
  addRule: 'rule added to the draft',
  updateRule: 'rule edited in the draft',
  deleteRule: 'rule deleted from the draft',
  reorderRules: 'rules reordered in the draft',
  delete: 'deleted',
};

const DESTINATION_WORDS: Readonly<Record<string, string>> = { inbox: 'Inbox', helpDesk: 'Help desk' };

const actionWords = (action: string) => RULE_SET_ACTIONS[action] ?? humanizeKey(action).toLowerCase();

/** Which rule a setRuleEnabled entry switched, and which way, read off its before and after. */
function switchedRule(entry: AuditEntry): string {
  const before = asArray(entry.before?.['rules']).map(asRecord);
  const rule = asArray(entry.after?.['rules'])
    .map(asRecord)
    .find((r) => before.some((b) => b['id'] === r['id'] && (b['enabled'] !== false) !== (r['enabled'] !== false)));
  return rule ? `rule ${quoted(asText(rule['name']), 40)} turned ${rule['enabled'] === false ? 'off' : 'on'} in the draft` : 'a rule turned on or off in the draft';
}

function ruleSetAction(entry: AuditEntry): string {
  const version = entry.after?.['publishedVersion'];
  if (entry.action === 'publish') return `published version ${String(version)}`;
  if (entry.action === 'rollback') return `rolled back: version ${String(version)} published as a copy of an earlier one`;
  if (entry.action === 'setRuleEnabled') return switchedRule(entry);
  return actionWords(entry.action);
}

/** What an entry did, in one line: "Rule set “Aurora”: published version 3", "Handoff policy: updated". */
export function summarizeEntry(entry: AuditEntry, names: DiffNames): string {
  switch (entry.entityType) {
    case 'handoffPolicy':
      return `Handoff policy: ${entry.action === 'update' ? 'updated' : actionWords(entry.action)}`;
    case 'ruleSet':
      return `Rule set ${quoted(names.ruleSet(entry.entityId))}: ${ruleSetAction(entry)}`;
    case 'user':
      return `${names.user(entry.entityId)}: ${entry.action === 'setAvailability' ? 'availability changed' : actionWords(entry.action)}`;
    case 'team':
      return `Team ${quoted(names.team(entry.entityId))}: ${actionWords(entry.action)}`;
    case 'destination': {
      const name = entry.after?.['name'];
      const kind = DESTINATION_WORDS[entry.entityId] ?? entry.entityId;
      return entry.action === 'rename' && typeof name === 'string' ? `${kind}: renamed to ${quoted(name)}` : `${kind}: ${actionWords(entry.action)}`;
    }
    default:
      return `${humanizeKey(entry.entityType)} ${entry.entityId}: ${actionWords(entry.action)}`;
  }
}
