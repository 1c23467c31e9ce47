import { Group, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import type { TicketsBoardCardFragment } from '../../generated/graphql';
import { AssignTicketModal } from './components/assign-ticket-modal';
import { BoardFilters } from './components/board-filters';
import { CloseTicketModal } from './components/close-ticket-modal';
import { LiveBadge } from './components/live-badge';
import { TicketBoard } from './components/ticket-board';
import { TicketDrawer } from './components/ticket-drawer';
import { useBoardFilter } from './hooks/use-board-filter';
import { useLiveTickets } from './hooks/use-live-tickets';

/** The help desk board: tickets by status, kept live by subscriptions, with assign and close. */
export function TicketsPage() {
  const view = useBoardFilter();
  const live = useLiveTickets(view.filter);
  const [openId, setOpenId] = useState<string | null>(null);
  const [assigning, setAssigning] = useState<TicketsBoardCardFragment | null>(null);
  const [closing, setClosing] = useState<TicketsBoardCardFragment | null>(null);

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <div>
          <Title order={2}>Tickets</Title>
          <Text size="sm" c="dimmed">
            Help desk tickets by status. Tickets created by handoffs and changes made elsewhere appear without reloading.
          </Text>
        </div>
        <LiveBadge live={live} />
      </Group>
      <BoardFilters view={view} />
      <TicketBoard
        filter={view.filter}
        showDone={view.showDone}
        arrived={live.arrived}
        onOpen={(ticket) => setOpenId(ticket.id)}
        onAssign={setAssigning}
        onClose={setClosing}
      />
      <TicketDrawer ticketId={openId} onDismiss={() => setOpenId(null)} onAssign={setAssigning} onClose={setClosing} />
      <AssignTicketModal ticket={assigning} filter={view.filter} onClose={() => setAssigning(null)} />
      <CloseTicketModal ticket={closing} filter={view.filter} onClose={() => setClosing(null)} />
      <VisuallyHidden role="status" aria-live="polite">
        {live.announcement}
      </VisuallyHidden>
    </Stack>
  );
}
