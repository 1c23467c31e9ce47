import { Text, Timeline, Title } from '@mantine/core';
import type { TicketsAssignmentEntryFragment } from '../../../generated/graphql';
import { METHOD_LABELS } from '../adapters/ticket-labels';
import { formatMoment } from '../adapters/time-ago';

/** Who held the ticket over time, oldest first, and why. */
export function AssignmentHistory({ assignments }: { assignments: readonly TicketAssignmentEntry[] }) {
  return (
    <section aria-label="Assignment history">
      <Title order={4} size="h6" mb="sm">
        Assignment history
      </Title>
      {assignments.length === 0 ? (
        <Text size="sm" c="dimmed">
          Never assigned.
        </Text>
      ) : (
        <Timeline active={assignments.length - 1} bulletSize={14} lineWidth={2}>
          {assignments.map((a) => (
            <Timeline.Item key={a.id} title={<Text size="sm" fw={600}>{target(a)}</Text>}>
              <Text size="xs" c="dimmed">
                {METHOD_LABELS[a.method]}
                {a.actor ? ` by ${a.actor}` : ''} · {formatMoment(a.createdAt)}
              </Text>
              <Text size="xs">{a.reason}</Text>
            </Timeline.Item>
          ))}
        </Timeline>
      )}
    </section>
  );
}

type TicketAssignmentEntry = TicketsAssignmentEntryFragment;

function target(a: TicketAssignmentEntry): string {
  if (a.user && a.team) return `${a.user.name} (${a.team.name})`;
  if (a.user) return a.user.name;
  if (a.team) return `${a.team.name} queue`;
  return 'Unassigned';
}
