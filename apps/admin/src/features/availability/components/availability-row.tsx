import { Badge, Box, Group, Progress, Stack, Table, Text, Tooltip } from '@mantine/core';
import type { ReactNode } from 'react';
import type { AvailabilityBoardQuery } from '../../../generated/graphql';
import { describeReason, loadView } from '../adapters/availability-labels';
import { localTime, summariseWorkingHours } from '../adapters/format-working-hours';
import type { AvailabilityChange } from '../hooks/use-set-availability';
import { CapacityInput } from './capacity-input';
import { PresenceSelect } from './presence-select';

export type AvailabilityEntry = AvailabilityBoardQuery['availability'][number];

interface AvailabilityRowProps {
  readonly entry: AvailabilityEntry;
  readonly now: number;
  /** False for other people's rows when an agent is signed in. */
  readonly editable: boolean;
  /** The signed-in person's own row. */
  readonly isViewer: boolean;
  readonly onChange: (change: AvailabilityChange) => void;
}

const LOCKED = 'Agents can change only their own presence and capacity';

/** A control an agent may not use on this row: disabled, with the reason on hover. */
function Locked({ editable, children }: { editable: boolean; children: ReactNode }) {
  if (editable) return children;
  // Disabled inputs get no pointer events, so the tooltip hangs on a wrapper.
  return (
    <Tooltip label={LOCKED} withArrow>
      <Box w="fit-content">{children}</Box>
    </Tooltip>
  );
}

/** One person: who they are, presence, hours, load and whether routing can pick them now. */
export function AvailabilityRow({ entry, now, editable, isViewer, onChange }: AvailabilityRowProps) {
  const { user } = entry;
  const load = loadView(entry.openTickets, user.capacity);
  const hours = user.workingHours;
  const theirTime = hours ? localTime(hours.timeZone, now) : null;
  return (
    <Table.Tr data-testid="availability-row" data-user-id={user.id}>
      <Table.Th scope="row" fw="normal">
        <Text size="sm" fw={600}>
          {user.name}
          {isViewer ? ' (you)' : ''}
        </Text>
        <Text size="xs" c="dimmed">
          {user.email}
          {user.role === 'admin' ? ' · admin' : ''}
        </Text>
      </Table.Th>
      <Table.Td>
        <Group gap={4}>
          {user.teams.length === 0 ? (
            <Text size="xs" c="dimmed">
              No team
            </Text>
          ) : (
            user.teams.map((t) => (
              <Badge key={t.id} variant="outline" color="indigo" size="sm" tt="none">
                {t.name}
              </Badge>
            ))
          )}
        </Group>
      </Table.Td>
      <Table.Td>
        <Locked editable={editable}>
          <PresenceSelect name={user.name} value={user.status} disabled={!editable} onChange={(status) => onChange({ status })} />
        </Locked>
      </Table.Td>
      <Table.Td>
        <Stack gap={2}>
          <Badge variant="light" color={entry.withinWorkingHours ? 'teal' : 'gray'} size="sm">
            {entry.withinWorkingHours ? 'Within hours' : 'Outside hours'}
          </Badge>
          <Text size="xs">{summariseWorkingHours(hours)}</Text>
          {hours && (
            <Text size="xs" c="dimmed">
              {hours.timeZone}
              {theirTime ? ` · now ${theirTime}` : ''}
            </Text>
          )}
        </Stack>
      </Table.Td>
      <Table.Td>
        <Stack gap={4} w={120}>
          <Text size="sm" data-testid="availability-load">
            {entry.openTickets} / {user.capacity}
          </Text>
          <Progress value={load.percent} color={load.color} size="sm" aria-label={`Load of ${user.name}: ${entry.openTickets} of ${user.capacity}`} />
        </Stack>
      </Table.Td>
      <Table.Td>
        <Locked editable={editable}>
          <CapacityInput name={user.name} value={user.capacity} disabled={!editable} onCommit={(capacity) => onChange({ capacity })} />
        </Locked>
      </Table.Td>
      <Table.Td>
        <Stack gap={2}>
          <Badge color={entry.available ? 'teal' : 'red'} variant={entry.available ? 'filled' : 'light'} size="sm">
            {entry.available ? 'Yes' : 'No'}
          </Badge>
          <Text size="xs" c="dimmed" data-testid="availability-reason">
            {describeReason(entry.reason)}
          </Text>
        </Stack>
      </Table.Td>
    </Table.Tr>
  );
}
