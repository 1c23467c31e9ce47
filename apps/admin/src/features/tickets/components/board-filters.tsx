import { Group, Select, Switch } from '@mantine/core';
import { useReferenceData } from '../../../lib/reference-data/use-reference-data';
import type { BoardView } from '../hooks/use-board-filter';

const ALL = 'all';

/** Team and owner filters, and whether to show the resolved and closed columns. */
export function BoardFilters({ view }: { view: BoardView }) {
  const { data } = useReferenceData();
  const teams = [{ value: ALL, label: 'All teams' }, ...(data?.teams ?? []).map((t) => ({ value: t.id, label: t.name }))];
  const owners = [{ value: ALL, label: 'Anyone' }, ...(data?.users ?? []).map((u) => ({ value: u.id, label: u.name }))];
  return (
    <Group gap="md" align="flex-end" wrap="wrap">
      <Select
        label="Team"
        data={teams}
        value={view.filter.teamId ?? ALL}
        onChange={(value) => view.setTeam(value === ALL ? null : value)}
        allowDeselect={false}
        w={220}
        data-testid="tickets-team-filter"
      />
      <Select
        label="Owner"
        data={owners}
        value={view.filter.ownerId ?? ALL}
        onChange={(value) => view.setOwner(value === ALL ? null : value)}
        allowDeselect={false}
        searchable
        w={220}
        data-testid="tickets-owner-filter"
      />
      <Switch
        label="Show resolved and closed"
        checked={view.showDone}
        onChange={(event) => view.setShowDone(event.currentTarget.checked)}
        mb={8}
      />
    </Group>
  );
}
