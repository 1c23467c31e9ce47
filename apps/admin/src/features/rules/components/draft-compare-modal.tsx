import { useQuery } from '@apollo/client/react';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import dayjs from 'dayjs';
import { useMemo } from 'react';
import { DocumentDiff } from '../../../components/document-diff/document-diff';
import { QueryState } from '../../../components/query-state';
import { RulesCompareDraftDocument } from '../../../generated/graphql';
import { createDiffNames } from '../../../lib/document-diff/diff-names';
import { toDocument } from '../adapters/draft-document';
import type { DraftRuleSet } from '../adapters/draft-types';
import type { EditorCatalogue } from '../adapters/editor-catalogue';
import type { ActionChoices } from './action-fields';

/** Props of the comparison of the saved draft with the admin's unsaved one. */
export interface DraftCompareModalProps {
  readonly opened: boolean;
  readonly onClose: () => void;
  readonly ruleSetId: string;
  readonly draft: DraftRuleSet;
  readonly catalogue: EditorCatalogue;
  readonly choices: ActionChoices;
}

const named = (options: readonly { value: string; label: string }[]) => options.map((o) => ({ id: o.value, name: o.label }));

function CompareBody({ ruleSetId, draft, catalogue, choices }: Omit<DraftCompareModalProps, 'opened' | 'onClose'>) {
  // no-cache: the editor is built from the cached rule set, which must not move under the admin's edits.
  const { data, loading, error } = useQuery(RulesCompareDraftDocument, { variables: { id: ruleSetId }, fetchPolicy: 'no-cache' });
  const names = useMemo(
    () => createDiffNames({ teams: named(choices.teams), users: named(choices.users), destinations: choices.destinations.map((o) => ({ kind: o.value, name: o.label })), fields: catalogue.fields }),
    [choices, catalogue],
  );
  const local = useMemo(() => toDocument(draft), [draft]);
  const saved = data?.ruleSet;
  return (
    <QueryState loading={loading && !data} error={error} empty={Boolean(data) && !saved} emptyText="This rule set has been deleted, so there is no saved draft to compare with.">
      {saved && (
        <Stack gap="sm">
          <Text size="sm">
            Draft version {saved.draftVersion} was saved on {dayjs(saved.updatedAt).format('D MMM YYYY, HH:mm')}. Below is what your unsaved draft differs in: struck out is how the saved draft has
            it, marked is how yours does.
          </Text>
          <DocumentDiff kind="ruleSet" before={saved.draft} after={local} names={names} beforeLabel={`Saved draft version ${saved.draftVersion}`} afterLabel="Your unsaved draft" emptyText="Your unsaved draft is the same as the saved one." />
        </Stack>
      )}
    </QueryState>
  );
}

/** After a CONFLICT: the saved draft (fetched fresh) against the admin's unsaved one, in words. */
export function DraftCompareModal({ opened, onClose, ...body }: DraftCompareModalProps) {
  return (
    <Modal opened={opened} onClose={onClose} title="Compare with the saved draft" size="xl">
      <Stack gap="md">
        {/* Mounted only while open, so every opening fetches the latest draft. */}
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
