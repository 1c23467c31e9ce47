import { deepEqual } from '../adapters/deep-equal';
import type { DraftRule, DraftRuleSet } from '../adapters/draft-types';
import { createDraftRule, initialEditorState, ruleSetEditorReducer, type RuleSetEditorState } from './rule-set-editor-reducer';

const rule = (id: string, extra: Partial<DraftRule> = {}): DraftRule => ({ ...createDraftRule(id, `Rule ${id}`), ...extra });
const document: DraftRuleSet = { formatVersion: 1, hitPolicy: 'firstMatch', rules: [rule('a'), rule('b'), rule('c')], fallback: [] };
const start = (): RuleSetEditorState => initialEditorState(document, 4);
const ids = (state: RuleSetEditorState) => state.draft.rules.map((r) => r.id);

describe('ruleSetEditorReducer', () => {
  describe('when rules are moved', () => {
    it('moves a rule to the new position and keeps the others in order', () => {
      expect(ids(ruleSetEditorReducer(start(), { type: 'ruleMoved', from: 0, to: 2 }))).toEqual(['b', 'c', 'a']);
      expect(ids(ruleSetEditorReducer(start(), { type: 'ruleMoved', from: 2, to: 1 }))).toEqual(['a', 'c', 'b']);
    });

    it('ignores moves out of range', () => {
      const state = start();
      expect(ruleSetEditorReducer(state, { type: 'ruleMoved', from: 0, to: 3 })).toBe(state);
      expect(ruleSetEditorReducer(state, { type: 'ruleMoved', from: -1, to: 0 })).toBe(state);
    });
  });

  describe('when a rule is duplicated', () => {
    it('inserts a copy with the new id right after the original', () => {
      const next = ruleSetEditorReducer(start(), { type: 'ruleDuplicated', ruleId: 'b', newId: 'b2' });
      expect(ids(next)).toEqual(['a', 'b', 'b2', 'c']);
      expect(next.draft.rules[2]).toEqual({ ...rule('b'), id: 'b2', name: 'Copy of Rule b' });
    });

    it('keeps the copied name within the name limit', () => {
      const long = initialEditorState({ ...document, rules: [rule('a', { name: 'x'.repeat(200) })] }, 1);
      const next = ruleSetEditorReducer(long, { type: 'ruleDuplicated', ruleId: 'a', newId: 'a2' });
      expect(next.draft.rules[1]?.name).toHaveLength(200);
    });
  });

  describe('when a rule is deleted, added, enabled or edited', () => {
    it('removes the rule', () => {
      expect(ids(ruleSetEditorReducer(start(), { type: 'ruleDeleted', ruleId: 'b' }))).toEqual(['a', 'c']);
    });

    it('appends a new rule at the end', () => {
      expect(ids(ruleSetEditorReducer(start(), { type: 'ruleAdded', rule: rule('d') }))).toEqual(['a', 'b', 'c', 'd']);
    });

    it('disables and re-enables a rule', () => {
      const disabled = ruleSetEditorReducer(start(), { type: 'ruleChanged', ruleId: 'a', patch: { enabled: false } });
      expect(disabled.draft.rules[0]?.enabled).toBe(false);
      expect(ruleSetEditorReducer(disabled, { type: 'ruleChanged', ruleId: 'a', patch: { enabled: true } }).draft).toEqual(document);
    });

    it('edits name, conditions and actions without touching the id', () => {
      const when = { field: 'conversation.channel', operator: 'equals', value: 'email' };
      const next = ruleSetEditorReducer(start(), { type: 'ruleChanged', ruleId: 'c', patch: { name: 'Email', when, then: [{ type: 'assignTeam', teamId: 't1' }] } });
      expect(next.draft.rules[2]).toEqual({ id: 'c', name: 'Email', enabled: true, when, then: [{ type: 'assignTeam', teamId: 't1' }] });
    });

    it('removes stop rather than storing undefined when it is turned off', () => {
      const stopped = ruleSetEditorReducer(start(), { type: 'ruleChanged', ruleId: 'a', patch: { stop: true } });
      const cleared = ruleSetEditorReducer(stopped, { type: 'ruleChanged', ruleId: 'a', patch: { stop: undefined } });
      expect(cleared.draft.rules[0]).not.toHaveProperty('stop');
    });
  });

  describe('when the draft is saved or reloaded', () => {
    it('tracks the saved draft and version separately from the edits', () => {
      const edited = ruleSetEditorReducer(start(), { type: 'hitPolicyChanged', hitPolicy: 'collectAll' });
      expect(deepEqual(edited.draft, edited.saved)).toBe(false);
      const saved = ruleSetEditorReducer(edited, { type: 'saved', document: edited.draft, draftVersion: 5 });
      expect(saved.draftVersion).toBe(5);
      expect(deepEqual(saved.draft, saved.saved)).toBe(true);
    });

    it('replaces edits with the loaded document', () => {
      const edited = ruleSetEditorReducer(start(), { type: 'fallbackChanged', fallback: [{ type: 'setPriority', priority: 'high' }] });
      const reloaded = ruleSetEditorReducer(edited, { type: 'loaded', document, draftVersion: 9 });
      expect(reloaded).toEqual({ saved: document, draft: document, draftVersion: 9 });
    });
  });
});
