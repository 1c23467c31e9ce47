import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Badge, Button, Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { QueryState } from '../../components/query-state';
import { AvailabilityBoardDocument } from '../../generated/graphql';
import { readApiError } from '../../lib/errors/read-api-error';
import { AvailabilityTable } from './components/availability-table';

/** The API publishes no availability events, so the table polls. */
export const AVAILABILITY_POLL_MS = 30_000;
const ALL = 'all';

/** Team availability: who is online, away or offline, their hours and load, and who routing can pick now. */
export function AvailabilityPage() {
  const { data, error, loading, networkStatus, refetch } = useQuery(AvailabilityBoardDocument, {
    pollInterval: AVAILABILITY_POLL_MS,
    notifyOnNetworkStatusChange: true,
  });
  const [teamId, setTeamId] = useState<string>(ALL);
  const [updatedAt, setUpdatedAt] = useState<Date | null>(null);
  useEffect(() => {
    if (data) setUpdatedAt(new Date());
  }, [data]);

  const entries = (data?.availability ?? []).filter((e) => teamId === ALL || e.user.teams.some((t) => t.id === teamId));
  const availableNow = entries.filter((e) => e.available).length;

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <div>
          <Title order={2}>Team availability</Title>
          <Text size="sm" c="dimmed">
            Who can take work now. Changing presence or capacity here applies at once to routing and assignment.
          </Text>
        </div>
        <Group gap="xs">
          <Text size="xs" c="dimmed" data-testid="availability-refreshed">
            Refreshes every 30 s{updatedAt ? ` · updated ${updatedAt.toLocaleTimeString('en-GB')}` : ''}
          </Text>
          <Button
            size="xs"
            variant="default"
            leftSection={<IconRefresh size={14} aria-hidden />}
            onClick={() => void refetch()}
            loading={networkStatus === NetworkStatus.refetch}
          >
            Refresh
          </Button>
        </Group>
      </Group>
      <Group align="flex-end" gap="md">
        <Select
          label="Team"
          data={[{ value: ALL, label: 'All teams' }, ...(data?.teams ?? []).map((t) => ({ value: t.id, label: t.name }))]}
          value={teamId}
          onChange={(value) => setTeamId(value ?? ALL)}
          allowDeselect={false}
          w={220}
          data-testid="availability-team-filter"
        />
        {data && (
          <Badge variant="light" color={availableNow > 0 ? 'teal' : 'red'} size="lg" mb={4} tt="none">
            {availableNow} of {entries.length} available now
          </Badge>
        )}
      </Group>
      {error && data && (
        <Text size="sm" c="orange.8" role="alert">
          Could not refresh: {readApiError(error).message} Showing the last answer.
        </Text>
      )}
      <Paper withBorder radius="md" p="xs">
        <QueryState loading={loading && !data} error={!data ? error : undefined} empty={Boolean(data) && entries.length === 0} emptyText="Nobody in this team.">
          <AvailabilityTable entries={entries} />
        </QueryState>
      </Paper>
    </Stack>
  );
}
