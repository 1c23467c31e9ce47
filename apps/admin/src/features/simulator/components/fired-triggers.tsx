import { Badge, Group, List, Paper, Text } from '@mantine/core';
import { IconBolt } from '@tabler/icons-react';
import { describeTrigger } from '../adapters/describe-outcome';
import { findTriggerSpans, segmentMessage, type FiredTriggerView } from '../adapters/find-trigger-spans';
import { SectionCard } from './section-card';

/** The visitor's message with every place a trigger fired marked, and the list of triggers that fired. */
export function FiredTriggers({ text, fired }: { text: string; fired: readonly (FiredTriggerView & { triggerId: string | null })[] }) {
  const segments = segmentMessage(text, findTriggerSpans(text, fired));
  return (
    <SectionCard title="Triggers that fired" icon={<IconBolt size={18} aria-hidden />} testId="fired-triggers">
      <Group justify="flex-end">
        <Paper bg="indigo.6" c="white" px="md" py="sm" radius="lg" style={{ borderBottomRightRadius: 4, maxWidth: 560 }} aria-label="Visitor message with matches marked">
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {segments.map((segment, i) =>
              segment.labels.length > 0 ? (
                <mark
                  key={i}
                  title={segment.labels.join(', ')}
                  data-testid="trigger-highlight"
                  style={{ background: 'var(--mantine-color-yellow-3)', color: 'var(--mantine-color-dark-9)', borderRadius: 4, padding: '0 2px' }}
                >
                  {segment.text}
                </mark>
              ) : (
                <span key={i}>{segment.text}</span>
              ),
            )}
          </Text>
        </Paper>
      </Group>
      {fired.length === 0 ? (
        <Text size="sm" c="dimmed">
          No trigger fired for this message.
        </Text>
      ) : (
        <List size="sm" spacing={4} data-testid="fired-trigger-list">
          {fired.map((trigger, i) => (
            <List.Item key={`${trigger.kind}-${trigger.triggerId ?? i}`}>
              {describeTrigger(trigger)}
              {trigger.triggerId && (
                <Badge ml="xs" variant="light" color="gray" size="xs" radius="sm" tt="none">
                  {trigger.triggerId}
                </Badge>
              )}
              {i === 0 && (
                <Badge ml="xs" variant="light" color="indigo" size="xs" radius="sm">
                  first
                </Badge>
              )}
            </List.Item>
          ))}
        </List>
      )}
    </SectionCard>
  );
}
