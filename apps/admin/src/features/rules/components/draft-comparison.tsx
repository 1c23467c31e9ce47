import { useQuery } from '@apollo/client/react';
import dayjs from 'dayjs';
import { useMemo } from 'react';
import { SavedComparison, type SavedDocument } from '../../../components/document-diff/compare-modal';
import { RulesCompareDraftDocument } from '../../../generated/graphql';
import { createDiffNames } from '../../../lib/document-diff/diff-names';
import { toDocument } from '../adapters/draft-document';
import type { DraftRuleSet } from '../adapters/draft-types';
import type { EditorCatalogue } from '../adapters/editor-catalogue';
import type { ActionChoices } from './action-fields';

/** Props of the comparison of the saved draft with the admin's unsaved one. */
export interface DraftComparisonProps {
  readonly ruleSetId: string;
  readonly draft: DraftRuleSet;
  readonly catalogue: EditorCatalogue;
  readonly choices: ActionChoices;
}

const named = (options: readonly { value: string; label: string }[]) => options.map((o) => ({ id: o.value, name: o.label }));

/** After a CONFLICT, in the CompareModal: the saved draft (fetched fresh) against the admin's unsaved one. */
export function DraftComparison({ ruleSetId, draft, catalogue, choices }: DraftComparisonProps) {
  // no-cache: the editor is built from the cached rule set, which must not move under the admin's edits.
  const { data, loading, error } = useQuery(RulesCompareDraftDocument, { variables: { id: ruleSetId }, fetchPolicy: 'no-cache' });
  const names = useMemo(
    () => createDiffNames({ teams: named(choices.teams), users: named(choices.users), destinations: choices.destinations.map((o) => ({ kind: o.value, name: o.label })), fields: catalogue.fields }),
    [choices, catalogue],
  );
  const local = useMemo(() => toDocument(draft), [draft]);
  const ruleSet = data?.ruleSet;
  const saved: SavedDocument = ruleSet && { document: ruleSet.draft, label: `Saved draft version ${ruleSet.draftVersion}`, savedWhen: `Draft version ${ruleSet.draftVersion} was saved on ${dayjs(ruleSet.updatedAt).format('D MMM YYYY, HH:mm')}.` };
  return (
    <SavedComparison
      loading={loading}
      error={error}
      saved={saved}
      noun="draft"
      missingText="This rule set has been deleted, so there is no saved draft to compare with."
      kind="ruleSet"
      after={local}
      names={names}
    />
  );
}
