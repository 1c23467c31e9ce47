import { useQuery } from '@apollo/client/react';
import { Badge, Button, Divider, Drawer, Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { QueryState } from '../../../components/query-state';
import { TicketsDetailDocument } from '../../../generated/graphql';
import { PRIORITY_VIEW, STATUS_LABELS } from '../adapters/ticket-labels';
import { formatMoment } from '../adapters/time-ago';
import { useLastPresent } from '../hooks/use-last-present';
import { AssignmentHistory } from './assignment-history';
import { ChannelLabel } from './channel-label';
import { ConversationTranscript } from './conversation-transcript';
import { OwnerLabel } from './owner-label';
import type { TicketCardActions } from './ticket-card';

interface TicketDrawerProps extends Pick<TicketCardActions, 'onAssign' | 'onClose'> {
  readonly ticketId: string | null;
  readonly onDismiss: () => void;
}

/** A ticket's details: description, tags, assignment history and the conversation it came from. */
export function TicketDrawer({ ticketId: current, onDismiss, onAssign, onClose }: TicketDrawerProps) {
  const ticketId = useLastPresent(current);
  const { data, loading, error } = useQuery(TicketsDetailDocument, { variables: { id: ticketId ?? '' }, skip: ticketId === null });
  const ticket = data?.ticket;
  return (
    <Drawer opened={current !== null} onClose={onDismiss} position="right" size="lg" title="Ticket details" closeButtonProps={{ 'aria-label': 'Close details' }}>
      <QueryState loading={loading && !ticket} error={error} empty={!loading && !ticket} emptyText="This ticket no longer exists.">
        {ticket && (
          <Stack gap="md">
            <Title order={3} size="h4">
              {ticket.subject}
            </Title>
            <Group gap="xs">
              <Badge variant="filled" color="dark">
                {STATUS_LABELS[ticket.status]}
              </Badge>
              <Badge variant="light" color={PRIORITY_VIEW[ticket.priority].color}>
                {PRIORITY_VIEW[ticket.priority].label} priority
              </Badge>
              <ChannelLabel channel={ticket.sourceChannel} />
            </Group>
            <Group gap="xl" align="flex-start">
              <Field label="Team">{ticket.team?.name ?? 'No team'}</Field>
              <Field label="Owner">
                <OwnerLabel owner={ticket.owner} />
              </Field>
              <Field label="Created">{formatMoment(ticket.createdAt)}</Field>
              <Field label="Updated">{formatMoment(ticket.updatedAt)}</Field>
            </Group>
            {ticket.status !== 'closed' && (
              <Group gap="xs">
                <Button size="xs" variant="light" onClick={() => onAssign(ticket)}>
                  {ticket.owner ? 'Reassign' : 'Assign'}
                </Button>
                <Button size="xs" variant="subtle" color="red" onClick={() => onClose(ticket)}>
                  Close
                </Button>
              </Group>
            )}
            <Divider />
            <Field label="Description">
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {ticket.description || 'No description.'}
              </Text>
            </Field>
            <Field label="Tags">
              {ticket.tags.length === 0 ? (
                <Text size="sm" c="dimmed">
                  No tags
                </Text>
              ) : (
                <Group gap={6}>
                  {ticket.tags.map((tag) => (
                    <Badge key={tag} variant="outline" color="gray" size="sm">
                      {tag}
                    </Badge>
                  ))}
                </Group>
              )}
            </Field>
            <Divider />
            <AssignmentHistory assignments={ticket.assignments} />
            <Divider />
            <ConversationTranscript conversation={ticket.conversation} />
          </Stack>
        )}
      </QueryState>
    </Drawer>
  );
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={4}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      {typeof children === 'string' ? <Text size="sm">{children}</Text> : children}
    </Stack>
  );
}
