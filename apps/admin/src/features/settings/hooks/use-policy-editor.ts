import { useMutation, useQuery } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useCallback, useEffect, useMemo, useReducer } from 'react';
import { SettingsPolicyDocument, SettingsUpdatePolicyDocument } from '../../../generated/graphql';
import { readApiError } from '../../../lib/errors/read-api-error';
import { mergeIssues } from '../adapters/issue-places';
import { initialEditorState, isDirty, policyEditorReducer } from '../adapters/policy-editor';
import { formToDocument } from '../adapters/policy-form';
import { toPolicyPaths, validatePolicyForm } from '../adapters/validate-policy-form';

/** What a save attempt came to, so the page can move focus to the problem. */
export type SaveOutcome = 'saved' | 'invalid' | 'rejected' | 'conflict' | 'failed';

/**
 * The settings screen's data and behaviour: load the policy, edit it through the pure reducer,
 * validate live with the domain parser, save under compare-and-set, and reload after a conflict.
 */
export function usePolicyEditor() {
  const query = useQuery(SettingsPolicyDocument);
  const [mutate, { loading: saving }] = useMutation(SettingsUpdatePolicyDocument);
  const [state, dispatch] = useReducer(policyEditorReducer, initialEditorState);
  const policy = query.data?.handoffPolicy ?? null;

  useEffect(() => {
    if (policy) dispatch({ type: 'loaded', policy });
  }, [policy]);

  const liveIssues = useMemo(() => (state.form ? validatePolicyForm(state.form) : []), [state.form]);
  const issues = useMemo(() => mergeIssues(liveIssues, state.serverIssues), [liveIssues, state.serverIssues]);
  const dirty = isDirty(state);

  const save = useCallback(async (): Promise<SaveOutcome> => {
    if (!state.form || !state.baseline) return 'failed';
    if (liveIssues.length > 0) return 'invalid';
    try {
      const result = await mutate({
        variables: { input: { expectedVersion: state.baseline.version, policy: formToDocument(state.form) } },
        // HandoffPolicy has no id, so the cache cannot match it up by itself: put the saved one where the query reads it.
        update: (cache, { data }) => {
          const saved = data?.updateHandoffPolicy.policy;
          if (saved) cache.updateQuery({ query: SettingsPolicyDocument }, (previous) => (previous ? { ...previous, handoffPolicy: saved } : previous));
        },
      });
      const saved = result.data?.updateHandoffPolicy.policy;
      if (!saved) throw result.error ?? new Error('The save returned no policy');
      dispatch({ type: 'saved', policy: saved });
      // Top right: at the bottom it would cover the sticky Save bar.
      notifications.show({ position: 'top-right', color: 'green', title: 'Settings saved', message: `Handoff settings saved as version ${saved.version}.` });
      return 'saved';
    } catch (error) {
      const view = readApiError(error);
      if (view.code === 'CONFLICT') {
        dispatch({ type: 'conflict', currentVersion: view.currentVersion ?? state.baseline.version + 1 });
        return 'conflict';
      }
      if (view.code === 'VALIDATION_FAILED' && view.issues.length > 0) {
        dispatch({ type: 'saveRejected', issues: toPolicyPaths(view.issues) });
        return 'rejected';
      }
      dispatch({ type: 'saveFailed', failure: { code: view.code, message: view.message, requestId: view.requestId } });
      return 'failed';
    }
  }, [state.form, state.baseline, liveIssues, mutate]);

  const reload = useCallback(async () => {
    try {
      const result = await query.refetch();
      const latest = result.data?.handoffPolicy;
      if (latest) dispatch({ type: 'reloaded', policy: latest });
    } catch (error) {
      const view = readApiError(error);
      dispatch({ type: 'saveFailed', failure: { code: view.code, message: view.message, requestId: view.requestId } });
    }
  }, [query]);

  const discard = useCallback(() => dispatch({ type: 'discarded' }), []);

  return { query, state, dispatch, issues, liveIssues, dirty, saving, save, reload, discard };
}
