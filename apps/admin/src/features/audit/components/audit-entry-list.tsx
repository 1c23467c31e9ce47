import { Accordion, Badge, Group, Text } from '@mantine/core';
import dayjs from 'dayjs';
import type { DiffNames } from '../../../lib/document-diff/diff-names';
import { entityTypeOf, type AuditEntry } from '../adapters/audit-entry';
import { summarizeEntry } from '../adapters/describe-entry';
import { AuditEntryChanges } from './audit-entry-changes';

/** The entries, each a heading that opens its diff; closed panels are unmounted, so diffs (and lookups) run on demand. */
export function AuditEntryList({ entries, names }: { entries: readonly AuditEntry[]; names: DiffNames }) {
  return (
    <Accordion multiple variant="separated" order={3} keepMounted={false} chevronPosition="left">
      {entries.map((entry) => {
        const type = entityTypeOf(entry.entityType);
        return (
          <Accordion.Item key={entry.id} value={entry.id}>
            <Accordion.Control>
              <Group justify="space-between" gap="xs" wrap="wrap">
                <Group gap="sm" wrap="nowrap">
                  <Badge variant="light" color={type.color} style={{ flexShrink: 0 }}>
                    {type.label}
                  </Badge>
                  <Text size="sm" fw={500}>
                    {summarizeEntry(entry, names)}
                  </Text>
                </Group>
                <Text size="xs" c="dimmed">
                  {entry.actor} · <time dateTime={entry.createdAt}>{dayjs(entry.createdAt).format('D MMM YYYY, HH:mm:ss')}</time>
                </Text>
              </Group>
            </Accordion.Control>
            <Accordion.Panel>
              <AuditEntryChanges entry={entry} names={names} />
            </Accordion.Panel>
          </Accordion.Item>
        );
      })}
    </Accordion>
  );
}
