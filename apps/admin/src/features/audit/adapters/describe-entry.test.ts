import { createDiffNames } from '../../../lib/document-diff/diff-names';
import { auditEntry, RULES_V1 } from '../testing/audit-fixtures';
import { summarizeEntry } from './describe-entry';

const names = createDiffNames({ ruleSets: [{ id: 'rs-1', name: 'Aurora' }], users: [{ id: 'u-1', name: 'Aino Virtanen' }], teams: [{ id: 't-1', name: 'Billing' }] });
const ruleSet = (action: string, before: Record<string, unknown> | null = null, after: Record<string, unknown> | null = null) => auditEntry({ entityType: 'ruleSet', entityId: 'rs-1', action, before, after });
const disabled = { ...RULES_V1, rules: RULES_V1.rules.map((rule, i) => (i === 1 ? { ...rule, enabled: false } : rule)) };

describe('summarizeEntry', () => {
  it.each([
    [auditEntry({}), 'Handoff policy: updated'],
    [ruleSet('create', null, { name: 'Aurora', draft: RULES_V1 }), 'Rule set “Aurora”: created'],
    [ruleSet('saveDraft'), 'Rule set “Aurora”: draft saved'],
    [ruleSet('addRule'), 'Rule set “Aurora”: rule added to the draft'],
    [ruleSet('reorderRules'), 'Rule set “Aurora”: rules reordered in the draft'],
    [ruleSet('setRuleEnabled', RULES_V1, disabled), 'Rule set “Aurora”: rule “Enterprise is urgent” turned off in the draft'],
    [ruleSet('setRuleEnabled', RULES_V1, RULES_V1), 'Rule set “Aurora”: a rule turned on or off in the draft'],
    [ruleSet('publish', { publishedVersion: 2 }, { publishedVersion: 3 }), 'Rule set “Aurora”: published version 3'],
    [ruleSet('rollback', { publishedVersion: 3 }, { publishedVersion: 4 }), 'Rule set “Aurora”: rolled back: version 4 published as a copy of an earlier one'],
    [ruleSet('delete'), 'Rule set “Aurora”: deleted'],
    [auditEntry({ entityType: 'user', entityId: 'u-1', action: 'setAvailability' }), 'Aino Virtanen: availability changed'],
    [auditEntry({ entityType: 'team', entityId: 't-1', action: 'addMember' }), 'Team “Billing”: add member'],
    [auditEntry({ entityType: 'destination', entityId: 'helpDesk', action: 'rename', after: { name: 'Aurora desk' } }), 'Help desk: renamed to “Aurora desk”'],
    [auditEntry({ entityType: 'apiKey', entityId: 'k-1', action: 'revoke' }), 'Api key k-1: revoke'],
  ])('says %#: %s', (entry, expected) => {
    expect(summarizeEntry(entry, names)).toBe(expected);
  });
});
