import { useQuery } from '@apollo/client/react';
import { Badge, Button, Group, Paper, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { ErrorNotice } from '../../../components/query-state';
import { TicketsBoardColumnDocument, type TicketStatus } from '../../../generated/graphql';
import { readApiError } from '../../../lib/errors/read-api-error';
import { appendPage, type BoardFilter } from '../adapters/board-cache';
import { columnVariables } from '../hooks/apply-ticket-to-board';
import { TicketCard, type TicketCardActions } from './ticket-card';
import { TicketCardSkeleton } from './ticket-card-skeleton';

interface TicketColumnProps extends TicketCardActions {
  readonly status: TicketStatus;
  readonly label: string;
  readonly filter: BoardFilter;
  readonly arrived: ReadonlySet<string>;
  readonly now: number;
}

/** One status of the board: its own query, so each column pages on its own. */
export function TicketColumn({ status, label, filter, arrived, now, ...actions }: TicketColumnProps) {
  const { data, loading, error, fetchMore } = useQuery(TicketsBoardColumnDocument, { variables: columnVariables(status, filter) });
  const [loadingMore, setLoadingMore] = useState(false);
  const connection = data?.tickets;
  const count = connection ? `${connection.edges.length}${connection.pageInfo.hasNextPage ? '+' : ''}` : '…';

  const showMore = async () => {
    if (!connection?.pageInfo.endCursor) return;
    setLoadingMore(true);
    try {
      await fetchMore({
        variables: { after: connection.pageInfo.endCursor },
        updateQuery: (previous, { fetchMoreResult }) => ({ ...previous, tickets: appendPage(previous.tickets, fetchMoreResult.tickets) }),
      });
    } catch (failure) {
      notifications.show({ color: 'red', title: `Could not load more ${label.toLowerCase()} tickets`, message: readApiError(failure).message });
    } finally {
      setLoadingMore(false);
    }
  };

  return (
    <Paper
      component="section"
      aria-label={`${label} tickets`}
      data-testid={`ticket-column-${status}`}
      bg="gray.0"
      withBorder
      radius="md"
      p="sm"
      style={{ flex: '1 1 0', minWidth: 220 }}
    >
      <Group justify="space-between" mb="sm">
        <Title order={3} size="h5">
          {label}
        </Title>
        <Badge variant="default" radius="sm">
          {count}
          <VisuallyHidden> shown</VisuallyHidden>
        </Badge>
      </Group>
      {error && !connection ? (
        <ErrorNotice error={error} title={`Could not load ${label.toLowerCase()} tickets`} />
      ) : !connection && loading ? (
        <TicketCardSkeleton />
      ) : connection && connection.edges.length === 0 ? (
        <Text size="sm" c="dimmed" ta="center" py="lg">
          No {label.toLowerCase()} tickets
        </Text>
      ) : (
        <Stack gap="sm">
          {connection?.edges.map(({ node }) => <TicketCard key={node.id} ticket={node} arrived={arrived.has(node.id)} now={now} {...actions} />)}
          {connection?.pageInfo.hasNextPage && (
            <Button variant="subtle" size="xs" onClick={showMore} loading={loadingMore}>
              Show more
            </Button>
          )}
        </Stack>
      )}
    </Paper>
  );
}
