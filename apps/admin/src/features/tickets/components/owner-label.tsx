import { Avatar, Group, Indicator, Text, VisuallyHidden } from '@mantine/core';
import { IconUser } from '@tabler/icons-react';
import type { TicketsBoardCardFragment } from '../../../generated/graphql';
import { PRESENCE_VIEW } from '../adapters/ticket-labels';

/** Who owns a ticket: avatar with a presence dot and the name, or "Unassigned". */
export function OwnerLabel({ owner }: { owner: TicketsBoardCardFragment['owner'] }) {
  if (!owner)
    return (
      <Group gap={6} wrap="nowrap">
        <Avatar size={24} radius="xl" color="gray" aria-hidden>
          <IconUser size={14} />
        </Avatar>
        <Text size="sm" c="dimmed" fs="italic" data-testid="ticket-owner">
          Unassigned
        </Text>
      </Group>
    );
  const presence = PRESENCE_VIEW[owner.status];
  return (
    <Group gap={6} wrap="nowrap">
      <Indicator color={presence.color} size={9} offset={3} position="bottom-end" withBorder>
        <Avatar size={24} radius="xl" name={owner.name} color="initials" aria-hidden />
      </Indicator>
      <Text size="sm" data-testid="ticket-owner" title={`${owner.name} (${presence.label.toLowerCase()})`}>
        {owner.name}
      </Text>
      <VisuallyHidden>({presence.label.toLowerCase()})</VisuallyHidden>
    </Group>
  );
}
