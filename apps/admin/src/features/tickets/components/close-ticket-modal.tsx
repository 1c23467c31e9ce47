import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { TicketsCloseDocument, type TicketsBoardCardFragment } from '../../../generated/graphql';
import { readApiError } from '../../../lib/errors/read-api-error';
import type { BoardFilter } from '../adapters/board-cache';
import { applyTicketToBoard } from '../hooks/apply-ticket-to-board';
import { useLastPresent } from '../hooks/use-last-present';

interface CloseTicketModalProps {
  readonly ticket: TicketsBoardCardFragment | null;
  readonly filter: BoardFilter;
  readonly onClose: () => void;
}

/** Asks before closing: a closed ticket leaves the open columns and frees its owner's capacity. */
export function CloseTicketModal({ ticket: current, filter, onClose }: CloseTicketModalProps) {
  const ticket = useLastPresent(current);
  const [closeTicket, { loading }] = useMutation(TicketsCloseDocument);

  const confirm = async () => {
    if (!ticket) return;
    try {
      await closeTicket({
        variables: { input: { ticketId: ticket.id } },
        update: (cache, { data }) => {
          if (data) applyTicketToBoard(cache, data.closeTicket.ticket, filter);
        },
      });
      notifications.show({ color: 'teal', title: 'Ticket closed', message: ticket.subject });
      onClose();
    } catch (failure) {
      notifications.show({ color: 'red', title: 'Could not close the ticket', message: readApiError(failure).message });
    }
  };

  return (
    <Modal opened={current !== null} onClose={onClose} title="Close this ticket?" size="md" closeButtonProps={{ 'aria-label': 'Dismiss' }}>
      <Stack gap="md">
        <Text size="sm" fw={600}>
          {ticket?.subject}
        </Text>
        <Text size="sm" c="dimmed">
          It moves to Closed
          {ticket?.owner ? ` and no longer counts against ${ticket.owner.name}’s capacity` : ''}.
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button color="red" onClick={() => void confirm()} loading={loading}>
            Close ticket
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
