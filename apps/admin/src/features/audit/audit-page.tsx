import { Button, Center, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { ErrorNotice, QueryState } from '../../components/query-state';
import { ENTITY_TYPES } from './adapters/audit-entry';
import { AuditEntryList } from './components/audit-entry-list';
import { useAuditLog } from './hooks/use-audit-log';
import { useAuditNames } from './hooks/use-audit-names';

const FILTERS = [{ value: 'all', label: 'All' }, ...ENTITY_TYPES.map(({ value, plural }) => ({ value, label: plural }))];

/** The audit log: every configuration change, who made it and when, each with a readable diff. */
export function AuditPage() {
  const log = useAuditLog();
  const names = useAuditNames(log.entries);
  const [filter, setFilter] = useState('all');
  // Filtering is client-side (the API pages the whole log), so it covers the entries loaded so far.
  const shown = filter === 'all' ? log.entries : log.entries.filter((entry) => entry.entityType === filter);

  return (
    <Stack gap="md" maw={1100}>
      <Stack gap={2}>
        <Title order={2}>Audit log</Title>
        <Text c="dimmed" size="sm">
          Every configuration change, newest first: who made it, when, and what changed. Open an entry to see its changes.
        </Text>
      </Stack>
      <SegmentedControl aria-label="Show changes to" data={FILTERS} value={filter} onChange={setFilter} style={{ alignSelf: 'flex-start' }} />
      <QueryState loading={log.loading} error={log.error} empty={!log.loading && log.entries.length === 0} emptyText="No configuration changes yet.">
        {shown.length > 0 ? (
          <AuditEntryList entries={shown} names={names} />
        ) : (
          <Text c="dimmed" size="sm">
            None of the {log.entries.length} entries loaded so far is of this kind.{log.hasMore ? ' Load older entries to look further back.' : ''}
          </Text>
        )}
        {log.moreError !== null && <ErrorNotice error={log.moreError} title="Could not load older entries" />}
        {log.hasMore && (
          <Center>
            <Button variant="default" onClick={() => void log.loadMore()} loading={log.loadingMore}>
              Load older entries
            </Button>
          </Center>
        )}
      </QueryState>
    </Stack>
  );
}
