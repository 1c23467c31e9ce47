import { Badge, Button, Card, Group, Text, Tooltip, UnstyledButton } from '@mantine/core';
import { IconUsers } from '@tabler/icons-react';
import { useId, type MouseEvent } from 'react';
import type { TicketsBoardCardFragment } from '../../../generated/graphql';
import { PRIORITY_VIEW } from '../adapters/ticket-labels';
import { formatMoment, timeAgo } from '../adapters/time-ago';
import { ChannelLabel } from './channel-label';
import { OwnerLabel } from './owner-label';

export interface TicketCardActions {
  readonly onOpen: (ticket: TicketsBoardCardFragment) => void;
  readonly onAssign: (ticket: TicketsBoardCardFragment) => void;
  readonly onClose: (ticket: TicketsBoardCardFragment) => void;
}

interface TicketCardProps extends TicketCardActions {
  readonly ticket: TicketsBoardCardFragment;
  /** Just arrived over the socket: highlighted for a few seconds. */
  readonly arrived: boolean;
  readonly now: number;
}

const ARRIVED_STYLE = { borderColor: 'var(--mantine-color-blue-5)', backgroundColor: 'var(--mantine-color-blue-0)' };

/**
 * One ticket on the board. The subject is the keyboard way into the details (the whole card is a
 * mouse target too); the actions are real buttons, described by the subject for screen readers.
 */
export function TicketCard({ ticket, arrived, now, onOpen, onAssign, onClose }: TicketCardProps) {
  const subjectId = useId();
  const priority = PRIORITY_VIEW[ticket.priority];
  const act = (action: (t: TicketsBoardCardFragment) => void) => (event: MouseEvent) => {
    event.stopPropagation();
    action(ticket);
  };
  return (
    <Card
      component="article"
      withBorder
      radius="md"
      padding="sm"
      shadow={arrived ? 'md' : 'xs'}
      aria-labelledby={subjectId}
      data-testid="ticket-card"
      data-ticket-id={ticket.id}
      data-status={ticket.status}
      data-arrived={arrived || undefined}
      onClick={() => onOpen(ticket)}
      style={{ cursor: 'pointer', transition: 'background-color 800ms ease, border-color 800ms ease', ...(arrived ? ARRIVED_STYLE : {}) }}
    >
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <Group gap={6} wrap="nowrap">
          <Badge color={priority.color} variant="light" size="sm">
            {priority.label}
          </Badge>
          {arrived && (
            <Badge color="blue" variant="filled" size="sm">
              Just in
            </Badge>
          )}
        </Group>
        <Tooltip label={formatMoment(ticket.createdAt)} withArrow>
          <Text component="time" dateTime={ticket.createdAt} size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
            {timeAgo(ticket.createdAt, now)}
          </Text>
        </Tooltip>
      </Group>

      <UnstyledButton id={subjectId} onClick={act(onOpen)} mt={8} style={{ borderRadius: 4 }}>
        <Text fw={600} size="sm" lineClamp={3}>
          {ticket.subject}
        </Text>
      </UnstyledButton>

      <Group gap="xs" mt={8}>
        <Badge variant="outline" color={ticket.team ? 'indigo' : 'gray'} size="sm" tt="none" leftSection={<IconUsers size={12} aria-hidden />}>
          {ticket.team?.name ?? 'No team'}
        </Badge>
        <ChannelLabel channel={ticket.sourceChannel} />
      </Group>

      {/* In narrow columns the actions wrap under the owner instead of squeezing the name. */}
      <Group justify="space-between" gap="xs" mt="sm" wrap="wrap">
        <OwnerLabel owner={ticket.owner} />
        <Group gap={4} wrap="nowrap" ml="auto">
          {ticket.status !== 'closed' && (
            <>
              <Button size="compact-xs" variant="light" onClick={act(onAssign)} aria-describedby={subjectId}>
                {ticket.owner ? 'Reassign' : 'Assign'}
              </Button>
              <Button size="compact-xs" variant="subtle" color="red" onClick={act(onClose)} aria-describedby={subjectId}>
                Close
              </Button>
            </>
          )}
        </Group>
      </Group>
    </Card>
  );
}
