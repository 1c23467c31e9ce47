import { useQuery } from '@apollo/client/react';
import dayjs from 'dayjs';
import { useMemo } from 'react';
import { SavedComparison, type SavedDocument } from '../../../components/document-diff/compare-modal';
import { SettingsComparePolicyDocument, type SettingsPolicyQuery } from '../../../generated/graphql';
import { createDiffNames } from '../../../lib/document-diff/diff-names';
import { formToDocument, type PolicyForm } from '../adapters/policy-form';

/** Props of the comparison of the saved policy with the admin's unsaved one. */
export interface PolicyComparisonProps {
  readonly form: PolicyForm;
  /** The names the settings screen already loaded, so ids in the diff read as names. */
  readonly choices: Pick<SettingsPolicyQuery, 'teams' | 'users' | 'ruleSets' | 'destinations'>;
}

/** After a CONFLICT, in the CompareModal: the saved policy (fetched fresh) against the admin's unsaved one. */
export function PolicyComparison({ form, choices }: PolicyComparisonProps) {
  // no-cache: the settings form reads the cached policy, and must not move under the admin's edits.
  const { data, loading, error } = useQuery(SettingsComparePolicyDocument, { fetchPolicy: 'no-cache' });
  const names = useMemo(() => createDiffNames(choices), [choices]);
  const local = useMemo(() => formToDocument(form), [form]);
  const policy = data?.handoffPolicy;
  const saved: SavedDocument = policy && { document: policy.document, label: `Saved version ${policy.version}`, savedWhen: `Version ${policy.version} was saved by ${policy.updatedBy} on ${dayjs(policy.updatedAt).format('D MMM YYYY, HH:mm')}.` };
  return (
    <SavedComparison
      loading={loading}
      error={error}
      saved={saved}
      noun="version"
      missingText="There is no saved policy to compare with."
      kind="policy"
      after={local}
      names={names}
    />
  );
}
