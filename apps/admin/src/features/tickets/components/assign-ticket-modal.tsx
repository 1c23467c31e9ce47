import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Group, Modal, Select, Stack, Switch, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { TicketsAssignDocument, TicketsAssigneesDocument, type TicketsBoardCardFragment } from '../../../generated/graphql';
import { readApiError } from '../../../lib/errors/read-api-error';
import { useReferenceData } from '../../../lib/reference-data/use-reference-data';
import { assigneeChoices, describeChoice } from '../adapters/assignee-choices';
import type { BoardFilter } from '../adapters/board-cache';
import { applyTicketToBoard } from '../hooks/apply-ticket-to-board';
import { useLastPresent } from '../hooks/use-last-present';
import { AssigneeOption } from './assignee-option';

interface AssignTicketModalProps {
  readonly ticket: TicketsBoardCardFragment | null;
  readonly filter: BoardFilter;
  readonly onClose: () => void;
}

/** Assign or reassign a ticket to a team and/or a person. */
export function AssignTicketModal({ ticket: current, filter, onClose }: AssignTicketModalProps) {
  const ticket = useLastPresent(current);
  return (
    <Modal
      opened={current !== null}
      onClose={onClose}
      title={ticket?.owner ? 'Reassign ticket' : 'Assign ticket'}
      size="md"
      closeButtonProps={{ 'aria-label': 'Dismiss' }}
    >
      {ticket && <AssignForm key={ticket.id} ticket={ticket} filter={filter} onDone={onClose} />}
    </Modal>
  );
}

function AssignForm({ ticket, filter, onDone }: { ticket: TicketsBoardCardFragment; filter: BoardFilter; onDone: () => void }) {
  const reference = useReferenceData().data;
  const { data: availability } = useQuery(TicketsAssigneesDocument);
  const [teamId, setTeamId] = useState<string | null>(ticket.team?.id ?? null);
  const [userId, setUserId] = useState<string | null>(ticket.owner?.id ?? null);
  const [everyone, setEveryone] = useState(false);
  const [assign, { loading }] = useMutation(TicketsAssignDocument);

  const team = reference?.teams.find((t) => t.id === teamId);
  const memberIds = team && !everyone ? new Set(team.members.map((m) => m.id)) : null;
  const choices = assigneeChoices(reference?.users ?? [], availability?.availability, memberIds, userId);
  const chosen = choices.find((c) => c.id === userId);
  const unchanged = teamId === (ticket.team?.id ?? null) && userId === (ticket.owner?.id ?? null);

  const changeTeam = (next: string | null) => {
    setTeamId(next);
    const members = reference?.teams.find((t) => t.id === next)?.members;
    // A person outside the new team is most likely a leftover from the old one.
    if (!everyone && members && userId && !members.some((m) => m.id === userId)) setUserId(null);
  };

  const submit = async () => {
    try {
      await assign({
        variables: { input: { ticketId: ticket.id, ...(teamId ? { teamId } : {}), ...(userId ? { userId } : {}) } },
        update: (cache, { data }) => {
          if (data) applyTicketToBoard(cache, data.assignTicket.ticket, filter);
        },
      });
      notifications.show({ color: 'teal', title: userId || teamId ? 'Ticket assigned' : 'Ticket unassigned', message: `${ticket.subject} → ${chosen?.name ?? team?.name ?? 'nobody'}` });
      onDone();
    } catch (failure) {
      notifications.show({ color: 'red', title: 'Could not assign the ticket', message: readApiError(failure).message });
    }
  };

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Stack gap="md">
        <Text size="sm" c="dimmed" lineClamp={2}>
          {ticket.subject}
        </Text>
        <Select
          label="Team"
          placeholder="No team"
          data={(reference?.teams ?? []).map((t) => ({ value: t.id, label: t.name }))}
          value={teamId}
          onChange={changeTeam}
          clearable
        />
        {team && (
          <Switch
            label="Show everyone"
            description={`Off: only members of ${team.name}`}
            checked={everyone}
            onChange={(event) => setEveryone(event.currentTarget.checked)}
          />
        )}
        <Select
          label="Assignee"
          placeholder="Unassigned"
          data={choices.map((c) => ({ value: c.id, label: c.name }))}
          value={userId}
          onChange={setUserId}
          renderOption={({ option }) => <AssigneeOption choice={choices.find((c) => c.id === option.value)} />}
          description={chosen ? describeChoice(chosen) : 'Nobody owns the ticket; the team’s queue holds it.'}
          nothingFoundMessage={team ? `Nobody in ${team.name} matches; try Show everyone` : 'Nobody matches'}
          inputWrapperOrder={['label', 'input', 'description']}
          searchable
          clearable
        />
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={loading} disabled={unchanged}>
            {userId || teamId ? 'Assign' : 'Unassign'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
