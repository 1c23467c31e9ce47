import { Badge, Button, Group, Tooltip } from '@mantine/core';
import { IconBroadcast, IconPlugConnectedX } from '@tabler/icons-react';
import type { LiveTickets } from '../hooks/use-live-tickets';

/**
 * Whether live updates flow. The shared client hides the socket, so "on" means the subscriptions
 * are running without error; lost sockets are retried by graphql-ws on its own.
 */
export function LiveBadge({ live }: { live: Pick<LiveTickets, 'state' | 'reconnect'> }) {
  if (live.state === 'interrupted')
    return (
      <Group gap="xs">
        <Badge color="orange" variant="light" size="lg" leftSection={<IconPlugConnectedX size={14} aria-hidden />}>
          Live updates interrupted
        </Badge>
        <Button size="xs" variant="default" onClick={live.reconnect}>
          Reconnect
        </Button>
      </Group>
    );
  return (
    <Tooltip label="New and changed tickets appear without reloading" withArrow>
      <Badge color="teal" variant="light" size="lg" leftSection={<IconBroadcast size={14} aria-hidden />} data-testid="tickets-live">
        Live updates on
      </Badge>
    </Tooltip>
  );
}
