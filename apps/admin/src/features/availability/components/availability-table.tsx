import { Table, Text } from '@mantine/core';
import { useViewer } from '../../../lib/auth/session-context';
import { useNow } from '../../../lib/hooks/use-now';
import { useSetAvailability } from '../hooks/use-set-availability';
import { AvailabilityRow, type AvailabilityEntry } from './availability-row';

/** Everyone's availability, one row each, presence and capacity editable in place. */
export function AvailabilityTable({ entries }: { entries: readonly AvailabilityEntry[] }) {
  const now = useNow(30_000);
  const setAvailability = useSetAvailability();
  const viewer = useViewer();
  // Admins change anyone's availability; agents only their own (the API refuses the rest).
  const mayEdit = (userId: string) => viewer?.role === 'admin' || viewer?.id === userId;
  return (
    <>
      {viewer?.role === 'agent' && (
        <Text size="sm" c="dimmed" px="xs" pb="xs" data-testid="availability-own-only">
          You can change your own presence and capacity; ask an admin to change someone else’s.
        </Text>
      )}
      <Table.ScrollContainer minWidth={960}>
        <Table verticalSpacing="sm" highlightOnHover aria-label="Team availability">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Person</Table.Th>
              <Table.Th>Teams</Table.Th>
              <Table.Th>Presence</Table.Th>
              <Table.Th>Working hours</Table.Th>
              <Table.Th>Load</Table.Th>
              <Table.Th>Capacity</Table.Th>
              <Table.Th>Available for assignment</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {entries.map((entry) => (
              <AvailabilityRow
                key={entry.user.id}
                entry={entry}
                now={now}
                editable={mayEdit(entry.user.id)}
                isViewer={viewer?.id === entry.user.id}
                onChange={(change) => void setAvailability(entry.user, change)}
              />
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}
