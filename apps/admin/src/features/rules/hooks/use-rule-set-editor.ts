import type { Issue } from '@handoff/domain';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useReducer, useState, type Dispatch } from 'react';
import { RulesPublishDocument, RulesRuleSetDocument, RulesSaveDraftDocument, type RulesRuleSetFieldsFragment } from '../../../generated/graphql';
import { readApiError, type ApiErrorView } from '../../../lib/errors/read-api-error';
import { deepEqual } from '../adapters/deep-equal';
import { issuesOnDraft, readDraft, toDocument } from '../adapters/draft-document';
import type { DraftRuleSet } from '../adapters/draft-types';
import type { EditorCatalogue } from '../adapters/editor-catalogue';
import { initialEditorState, ruleSetEditorReducer, type RuleSetEditorAction } from './rule-set-editor-reducer';
import { useDraftIssues } from './use-draft-issues';

/** Everything the rule set screen needs: the draft, its issues, and saving, publishing and recovering from conflicts. */
export interface RuleSetEditor {
  readonly draft: DraftRuleSet;
  readonly dispatch: Dispatch<RuleSetEditorAction>;
  readonly issues: readonly Issue[];
  readonly dirty: boolean;
  /** The stored draft is unusable and `draft` started from the published version instead; cleared once a save replaces it. */
  readonly draftProblem: DraftProblem | null;
  /** The saved draft is exactly the published version: nothing new to publish. */
  readonly upToDate: boolean;
  readonly saving: boolean;
  readonly publishing: boolean;
  /** The last refused save or publish (CONFLICT, VALIDATION_FAILED…), until the next attempt. */
  readonly error: ApiErrorView | null;
  readonly save: (overwriteVersion?: number) => Promise<boolean>;
  readonly publish: () => Promise<void>;
  readonly reload: () => Promise<void>;
}

/** Why the stored draft can't be used, as the API reports it. */
export type DraftProblem = NonNullable<RulesRuleSetFieldsFragment['draftProblem']>;

/** Edits one rule set's draft locally; the server sees it on save, under compare-and-set. */
export function useRuleSetEditor(ruleSet: RulesRuleSetFieldsFragment, catalogue: EditorCatalogue): RuleSetEditor {
  const client = useApolloClient();
  const [state, dispatch] = useReducer(ruleSetEditorReducer, ruleSet, (rs) => initialEditorState(readDraft(rs.draft), rs.draftVersion));
  const [error, setError] = useState<ApiErrorView | null>(null);
  // Tracked here rather than read from the prop: the save's answer, not the cache, says it is replaced.
  const [draftProblem, setDraftProblem] = useState<DraftProblem | null>(ruleSet.draftProblem ?? null);
  const [serverIssues, setServerIssues] = useState<{ draft: DraftRuleSet; issues: Issue[] } | null>(null);
  const [saveDraft, { loading: saving }] = useMutation(RulesSaveDraftDocument);
  const [publishDraft, { loading: publishing }] = useMutation(RulesPublishDocument);
  const issues = useDraftIssues(state.draft, catalogue, serverIssues);
  const dirty = !deepEqual(state.draft, state.saved);
  const published = ruleSet.versions.find((v) => v.version === ruleSet.publishedVersion);
  const upToDate = published !== undefined && deepEqual(state.saved, published.document);

  const fail = (caught: unknown, draft: DraftRuleSet) => {
    const view = readApiError(caught);
    setError(view);
    setServerIssues({ draft, issues: issuesOnDraft(view.issues) });
  };

  const save = async (overwriteVersion?: number): Promise<boolean> => {
    const sent = state.draft;
    setError(null);
    try {
      const { data } = await saveDraft({ variables: { input: { id: ruleSet.id, expectedDraftVersion: overwriteVersion ?? state.draftVersion, ruleSet: toDocument(sent) } } });
      const saved = data?.saveRuleSetDraft.ruleSet;
      if (!saved) return false;
      dispatch({ type: 'saved', document: readDraft(saved.draft), draftVersion: saved.draftVersion });
      setDraftProblem(saved.draftProblem ?? null);
      notifications.show({ color: 'green', title: 'Draft saved', message: `${ruleSet.name} is saved. Publish it to route tickets with it.` });
      return true;
    } catch (caught) {
      fail(caught, sent);
      return false;
    }
  };

  const publish = async (): Promise<void> => {
    setError(null);
    try {
      const { data } = await publishDraft({ variables: { input: { id: ruleSet.id, expectedDraftVersion: state.draftVersion } } });
      const version = data?.publishRuleSet.ruleSet.publishedVersion;
      notifications.show({ color: 'green', title: 'Published', message: `Version ${version ?? ''} of ${ruleSet.name} now routes tickets.` });
    } catch (caught) {
      fail(caught, state.draft);
    }
  };

  const reload = async (): Promise<void> => {
    try {
      const { data } = await client.query({ query: RulesRuleSetDocument, variables: { id: ruleSet.id }, fetchPolicy: 'network-only' });
      if (data?.ruleSet) {
        dispatch({ type: 'loaded', document: readDraft(data.ruleSet.draft), draftVersion: data.ruleSet.draftVersion });
        setDraftProblem(data.ruleSet.draftProblem ?? null);
      }
      setError(null);
      setServerIssues(null);
    } catch (caught) {
      setError(readApiError(caught));
    }
  };

  return { draft: state.draft, dispatch, issues, dirty, draftProblem, upToDate, saving, publishing, error, save, publish, reload };
}
