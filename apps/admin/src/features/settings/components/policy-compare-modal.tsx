import { useQuery } from '@apollo/client/react';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import dayjs from 'dayjs';
import { useMemo } from 'react';
import { DocumentDiff } from '../../../components/document-diff/document-diff';
import { QueryState } from '../../../components/query-state';
import { SettingsComparePolicyDocument, type SettingsPolicyQuery } from '../../../generated/graphql';
import { createDiffNames } from '../../../lib/document-diff/diff-names';
import { formToDocument, type PolicyForm } from '../adapters/policy-form';

/** Props of the comparison of the saved policy with the admin's unsaved one. */
export interface PolicyCompareModalProps {
  readonly opened: boolean;
  readonly onClose: () => void;
  readonly form: PolicyForm;
  /** The names the settings screen already loaded, so ids in the diff read as names. */
  readonly choices: Pick<SettingsPolicyQuery, 'teams' | 'users' | 'ruleSets' | 'destinations'>;
}

function CompareBody({ form, choices }: Omit<PolicyCompareModalProps, 'opened' | 'onClose'>) {
  // no-cache: the settings form reads the cached policy, and must not move under the admin's edits.
  const { data, loading, error } = useQuery(SettingsComparePolicyDocument, { fetchPolicy: 'no-cache' });
  const names = useMemo(() => createDiffNames(choices), [choices]);
  const local = useMemo(() => formToDocument(form), [form]);
  const saved = data?.handoffPolicy;
  return (
    <QueryState loading={loading && !data} error={error} empty={Boolean(data) && !saved} emptyText="There is no saved policy to compare with.">
      {saved && (
        <Stack gap="sm">
          <Text size="sm">
            Version {saved.version} was saved by {saved.updatedBy} on {dayjs(saved.updatedAt).format('D MMM YYYY, HH:mm')}. Below is what your unsaved version differs in:
            struck out is how the saved version has it, marked is how yours does.
          </Text>
          <DocumentDiff kind="policy" before={saved.document} after={local} names={names} beforeLabel={`Saved version ${saved.version}`} afterLabel="Your unsaved version" emptyText="Your unsaved version is the same as the saved one." />
        </Stack>
      )}
    </QueryState>
  );
}

/** After a CONFLICT: the saved policy (fetched fresh) against the admin's unsaved one, in words. */
export function PolicyCompareModal({ opened, onClose, ...body }: PolicyCompareModalProps) {
  return (
    <Modal opened={opened} onClose={onClose} title="Compare with the saved version" size="xl">
      <Stack gap="md">
        {/* Mounted only while open, so every opening fetches the latest version. */}
        {opened && <CompareBody {...body} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Close
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
