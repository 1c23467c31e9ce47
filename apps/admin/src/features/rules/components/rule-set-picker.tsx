import { Badge, Button, Group, NavLink, Stack, Text } from '@mantine/core';
import { IconPlus, IconTemplate } from '@tabler/icons-react';

/** One rule set in the picker. */
export interface RuleSetSummary {
  readonly id: string;
  readonly name: string;
  readonly publishedVersion: number | null;
}

/** Props of the rule set list. */
export interface RuleSetPickerProps {
  readonly ruleSets: readonly RuleSetSummary[];
  readonly selectedId: string | undefined;
  readonly routingRuleSetId: string | null;
  readonly onSelect: (id: string) => void;
  readonly onCreate: (mode: 'blank' | 'template') => void;
}

/** The workspace's rule sets, the one the handoff policy routes with marked; new blank or from a template. */
export function RuleSetPicker({ ruleSets, selectedId, routingRuleSetId, onSelect, onCreate }: RuleSetPickerProps) {
  return (
    <Stack gap="xs" component="nav" aria-label="Rule sets">
      <Text size="xs" fw={700} tt="uppercase" c="dimmed">
        Rule sets
      </Text>
      {ruleSets.length === 0 && (
        <Text size="sm" c="dimmed">
          No rule sets yet.
        </Text>
      )}
      <div>
        {ruleSets.map((rs) => (
          <NavLink
            key={rs.id}
            component="button"
            type="button"
            active={rs.id === selectedId}
            aria-current={rs.id === selectedId ? 'page' : undefined}
            onClick={() => onSelect(rs.id)}
            label={rs.name}
            description={
              <Group gap={4} component="span">
                {rs.publishedVersion === null ? 'Draft only' : `Published v${rs.publishedVersion}`}
                {rs.id === routingRuleSetId && (
                  <Badge size="xs" variant="light" component="span">
                    Routes tickets
                  </Badge>
                )}
              </Group>
            }
            style={{ borderRadius: 'var(--mantine-radius-md)' }}
          />
        ))}
      </div>
      <Button variant="light" leftSection={<IconPlus size={16} aria-hidden />} onClick={() => onCreate('blank')}>
        New rule set
      </Button>
      <Button variant="subtle" leftSection={<IconTemplate size={16} aria-hidden />} onClick={() => onCreate('template')}>
        New from template
      </Button>
    </Stack>
  );
}
