import { Badge, Button, Group, Tooltip } from '@mantine/core';
import { IconBroadcast, IconPlugConnected, IconPlugConnectedX } from '@tabler/icons-react';
import type { LiveTickets } from '../hooks/use-live-tickets';

/** Whether live updates flow: the socket is acknowledged and no subscription failed. graphql-ws retries lost sockets itself. */
export function LiveBadge({ live }: { live: Pick<LiveTickets, 'state' | 'reconnect'> }) {
  if (live.state === 'interrupted')
    return (
      <Group gap="xs">
        <Badge color="orange" variant="light" size="lg" leftSection={<IconPlugConnectedX size={14} aria-hidden />} data-testid="tickets-live" data-state="interrupted">
          Live updates interrupted
        </Badge>
        <Button size="xs" variant="default" onClick={live.reconnect}>
          Reconnect
        </Button>
      </Group>
    );
  if (live.state === 'connecting')
    return (
      <Badge color="gray" variant="light" size="lg" leftSection={<IconPlugConnected size={14} aria-hidden />} data-testid="tickets-live" data-state="connecting">
        Connecting for live updates…
      </Badge>
    );
  return (
    <Tooltip label="New and changed tickets appear without reloading" withArrow>
      <Badge color="teal" variant="light" size="lg" leftSection={<IconBroadcast size={14} aria-hidden />} data-testid="tickets-live" data-state="live">
        Live updates on
      </Badge>
    </Tooltip>
  );
}
