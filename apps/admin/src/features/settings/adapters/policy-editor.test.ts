import { ROUTED_DOCUMENT } from '../testing/policy-documents';
import { initialEditorState, isDirty, policyEditorReducer, type LoadedPolicy, type PolicyEditorAction, type PolicyEditorState } from './policy-editor';

const loaded = (version: number, document: unknown = ROUTED_DOCUMENT): LoadedPolicy => ({ version, updatedAt: '2025-01-01T00:00:00.000Z', updatedBy: 'demo-seed', document });
const run = (...actions: PolicyEditorAction[]): PolicyEditorState => actions.reduce(policyEditorReducer, initialEditorState);
const start = run({ type: 'loaded', policy: loaded(1) });

describe('policyEditorReducer', () => {
  describe('when the policy first loads', () => {
    it('edits a clean copy of it', () => {
      expect(start.baseline?.version).toBe(1);
      expect(start.form?.customTriggers).toHaveLength(3);
      expect(isDirty(start)).toBe(false);
    });
  });

  describe('when the admin edits', () => {
    it.each<[string, PolicyEditorAction]>([
      ['a built-in trigger', { type: 'setBuiltIn', trigger: 'agentPaused', on: false }],
      ['a new trigger', { type: 'addTrigger', trigger: { phrase: 'refund please', mode: 'phrase', ignoreAccents: false } }],
      ['a trigger phrase', { type: 'updateTrigger', index: 0, patch: { phrase: 'peruutukset' } }],
      ['a trigger removed', { type: 'removeTrigger', index: 1 }],
      ['the process', { type: 'set', patch: { process: 'async' } }],
      ['a message', { type: 'setMessage', kind: 'teamUnavailable', text: 'Back soon' }],
    ])('marks the form dirty after %s', (_, action) => {
      expect(isDirty(policyEditorReducer(start, action))).toBe(true);
    });

    it('gives a new trigger an id of its own', () => {
      const state = policyEditorReducer(start, { type: 'addTrigger', trigger: { phrase: 'refund please', mode: 'phrase', ignoreAccents: false } });
      expect(state.form?.customTriggers[3]).toEqual({ id: 'custom-1', phrase: 'refund please', mode: 'phrase', ignoreAccents: false });
    });

    it('is clean again when the edit is undone by hand', () => {
      const state = run({ type: 'loaded', policy: loaded(1) }, { type: 'set', patch: { process: 'none' } }, { type: 'set', patch: { process: 'live' } });
      expect(isDirty(state)).toBe(false);
    });

    it('drops only the server issues under the edited field', () => {
      const rejected = policyEditorReducer(start, {
        type: 'saveRejected',
        issues: [
          { code: 'INVALID_VALUE', path: 'customTriggers[0].phrase', message: 'a' },
          { code: 'INVALID_VALUE', path: 'customTriggers[2].phrase', message: 'b' },
          { code: 'INVALID_ID', path: 'assignment.ruleSetId', message: 'c' },
        ],
      });
      const state = policyEditorReducer(rejected, { type: 'updateTrigger', index: 0, patch: { phrase: 'x' } });
      expect(state.serverIssues.map((i) => i.path)).toEqual(['customTriggers[2].phrase', 'assignment.ruleSetId']);
      const afterRuleSet = policyEditorReducer(state, { type: 'set', patch: { ruleSetId: 'rs-2' } });
      expect(afterRuleSet.serverIssues.map((i) => i.path)).toEqual(['customTriggers[2].phrase']);
    });
  });

  describe('when the admin discards', () => {
    it('returns to what was loaded', () => {
      const state = run({ type: 'loaded', policy: loaded(1) }, { type: 'removeTrigger', index: 0 }, { type: 'discarded' });
      expect(state.form).toEqual(start.form);
      expect(isDirty(state)).toBe(false);
    });
  });

  describe('when a newer version arrives', () => {
    it('takes it over a clean form', () => {
      const state = policyEditorReducer(start, { type: 'loaded', policy: loaded(2, { ...ROUTED_DOCUMENT, process: 'async' }) });
      expect(state.baseline?.version).toBe(2);
      expect(state.form?.process).toBe('async');
    });

    it('keeps unsaved edits and offers a reload instead of rebasing them', () => {
      const edited = policyEditorReducer(start, { type: 'set', patch: { process: 'none' } });
      const state = policyEditorReducer(edited, { type: 'loaded', policy: loaded(2) });
      expect(state.form?.process).toBe('none');
      expect(state.baseline?.version).toBe(1);
      expect(state.conflictVersion).toBe(2);
    });

    it('ignores an older version (a stale cache answer)', () => {
      const saved = policyEditorReducer(start, { type: 'saved', policy: loaded(3) });
      expect(policyEditorReducer(saved, { type: 'loaded', policy: loaded(2) })).toBe(saved);
    });
  });

  describe('when a save conflicts and the admin reloads', () => {
    it('shows the conflict, then starts fresh from the latest version', () => {
      const conflicted = run({ type: 'loaded', policy: loaded(1) }, { type: 'set', patch: { process: 'none' } }, { type: 'conflict', currentVersion: 4 });
      expect(conflicted.conflictVersion).toBe(4);
      const reloaded = policyEditorReducer(conflicted, { type: 'reloaded', policy: loaded(4) });
      expect(reloaded).toMatchObject({ conflictVersion: null, serverIssues: [], failure: null });
      expect(reloaded.form?.process).toBe('live');
    });
  });

  describe('when a save succeeds', () => {
    it('makes the saved document the new baseline', () => {
      const state = run({ type: 'loaded', policy: loaded(1) }, { type: 'set', patch: { process: 'async' } }, { type: 'saved', policy: loaded(2, { ...ROUTED_DOCUMENT, process: 'async' }) });
      expect(state.baseline?.version).toBe(2);
      expect(isDirty(state)).toBe(false);
    });
  });

  describe('before anything loaded', () => {
    it('ignores edits', () => {
      expect(policyEditorReducer(initialEditorState, { type: 'set', patch: { process: 'none' } })).toBe(initialEditorState);
    });
  });
});
