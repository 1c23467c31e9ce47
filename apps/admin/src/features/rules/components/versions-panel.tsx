import { useMutation } from '@apollo/client/react';
import { Badge, Button, Group, Modal, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconHistory } from '@tabler/icons-react';
import { useState } from 'react';
import { ErrorNotice } from '../../../components/query-state';
import { RulesRollbackDocument, type RulesRuleSetFieldsFragment } from '../../../generated/graphql';

const formatDate = (iso: string): string => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** Published versions, newest first; any earlier one can be published again (a rollback is a new version). */
export function VersionsPanel({ ruleSet }: { ruleSet: RulesRuleSetFieldsFragment }) {
  const [target, setTarget] = useState<number | null>(null);
  const [rollback, { loading, error, reset }] = useMutation(RulesRollbackDocument);
  const close = () => {
    setTarget(null);
    reset();
  };
  const confirm = async () => {
    if (target === null) return;
    try {
      const { data } = await rollback({ variables: { input: { id: ruleSet.id, version: target } } });
      notifications.show({ color: 'green', title: 'Rolled back', message: `Version ${target} is live again as version ${data?.rollbackRuleSet.ruleSet.publishedVersion ?? ''}.` });
      close();
    } catch {
      // The error stays on screen through the mutation's `error`.
    }
  };
  if (ruleSet.versions.length === 0) return <Text c="dimmed">Nothing published yet. Publish the draft to create version 1.</Text>;
  return (
    <>
      <Table verticalSpacing="xs" striped aria-label="Published versions">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Version</Table.Th>
            <Table.Th>Published</Table.Th>
            <Table.Th>By</Table.Th>
            <Table.Th aria-label="Actions" />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {ruleSet.versions.map((v) => (
            <Table.Tr key={v.version}>
              <Table.Td>
                <Group gap="xs">
                  <Text fw={500}>v{v.version}</Text>
                  {v.version === ruleSet.publishedVersion && <Badge color="teal">Live</Badge>}
                  {/* Routing uses no rules in its place; rolling back to it is refused. */}
                  {v.problem && <Badge color="red">Unusable</Badge>}
                </Group>
              </Table.Td>
              <Table.Td>{formatDate(v.publishedAt)}</Table.Td>
              <Table.Td>{v.publishedBy}</Table.Td>
              <Table.Td ta="right">
                {v.version !== ruleSet.publishedVersion && (
                  <Button size="xs" variant="light" leftSection={<IconHistory size={14} aria-hidden />} onClick={() => setTarget(v.version)} aria-label={`Roll back to version ${v.version}`}>
                    Roll back
                  </Button>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Modal opened={target !== null} onClose={close} title={`Roll back to version ${target ?? ''}?`} centered>
        <Stack>
          <Text size="sm">A copy of version {target} is published as a new version and routes tickets from now on. Your draft is not changed.</Text>
          {error && <ErrorNotice error={error} title="Could not roll back" />}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button onClick={confirm} loading={loading}>
              Publish version {target} again
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
