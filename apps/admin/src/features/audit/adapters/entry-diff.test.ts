import { auditEntry, POLICY_V1, RULES_V1, RULES_V2 } from '../testing/audit-fixtures';
import { EMPTY_RULE_SET, ruleSetNamesIn } from './audit-entry';
import { copiedVersion, entryDiffOf } from './entry-diff';

const ruleSet = (action: string, before: Record<string, unknown> | null, after: Record<string, unknown> | null) => auditEntry({ entityType: 'ruleSet', entityId: 'rs-1', action, before, after });

describe('entryDiffOf', () => {
  describe('when the entry holds both documents', () => {
    it.each([
      ['a policy update', auditEntry({ before: POLICY_V1, after: POLICY_V1 }), { type: 'documents', kind: 'policy', before: POLICY_V1, after: POLICY_V1 }],
      ['a draft edit', ruleSet('saveDraft', RULES_V1, RULES_V2), { type: 'documents', kind: 'ruleSet', before: RULES_V1, after: RULES_V2 }],
      ['a new rule set, against an empty one', ruleSet('create', null, { name: 'A', draft: RULES_V1 }), { type: 'documents', kind: 'ruleSet', before: EMPTY_RULE_SET, after: RULES_V1 }],
      ['a deleted rule set, to an empty one', ruleSet('delete', { name: 'A', draft: RULES_V1, publishedVersion: 1 }, null), { type: 'documents', kind: 'ruleSet', before: RULES_V1, after: EMPTY_RULE_SET }],
      ['an availability change', auditEntry({ entityType: 'user', before: { capacity: 1 }, after: { capacity: 2 } }), { type: 'documents', kind: 'availability', before: { capacity: 1 }, after: { capacity: 2 } }],
      ['anything else', auditEntry({ entityType: 'destination', before: { name: 'a' }, after: { name: 'b' } }), { type: 'documents', kind: 'generic', before: { name: 'a' }, after: { name: 'b' } }],
    ])('compares the two for %s', (_, entry, expected) => {
      expect(entryDiffOf(entry)).toEqual(expected);
    });
  });

  describe('when the entry is a publish or rollback', () => {
    it('asks for the previously published version to compare with', () => {
      expect(entryDiffOf(ruleSet('publish', { publishedVersion: 1 }, { publishedVersion: 2, document: RULES_V2 }))).toEqual({ type: 'publish', ruleSetId: 'rs-1', previousVersion: 1, version: 2, document: RULES_V2 });
      expect(entryDiffOf(ruleSet('rollback', { publishedVersion: null }, { publishedVersion: 1, document: RULES_V1 }))).toMatchObject({ previousVersion: null, version: 1 });
    });
  });
});

describe('copiedVersion', () => {
  it('finds the newest earlier version with the same document', () => {
    const versions = [
      { version: 3, document: RULES_V1 },
      { version: 2, document: RULES_V2 },
      { version: 1, document: RULES_V1 },
    ];
    expect(copiedVersion(versions, 4, RULES_V1)).toBe(3);
    expect(copiedVersion(versions, 3, RULES_V1)).toBe(1);
    expect(copiedVersion(versions, 4, { rules: [] })).toBeNull();
  });
});

describe('ruleSetNamesIn', () => {
  it('takes names from create and delete entries, the newest last so it wins', () => {
    const entries = [ruleSet('delete', { name: 'Renamed', draft: RULES_V1 }, null), ruleSet('saveDraft', RULES_V1, RULES_V2), ruleSet('create', null, { name: 'Original', draft: RULES_V1 })];
    expect(ruleSetNamesIn(entries)).toEqual([
      { id: 'rs-1', name: 'Original' },
      { id: 'rs-1', name: 'Renamed' },
    ]);
  });
});
