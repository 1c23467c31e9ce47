import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { ActionIcon, Badge, Box, Card, Group, Stack, Switch, Text, Tooltip } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconChevronDown, IconChevronUp, IconCopy, IconGripVertical, IconTrash } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import type { DraftRule } from '../adapters/draft-types';

/** Props of one rule in the ordered list. */
export interface RuleCardProps {
  readonly rule: DraftRule;
  readonly index: number;
  readonly count: number;
  readonly showStop: boolean;
  readonly issueCount: number;
  readonly summary: { readonly conditions: string; readonly actions: string };
  readonly expanded: boolean;
  readonly onToggle: () => void;
  readonly onChange: (patch: Partial<Omit<DraftRule, 'id'>>) => void;
  readonly onMove: (to: number) => void;
  readonly onDuplicate: () => void;
  readonly onDelete: () => void;
  /** The editor shown when expanded. */
  readonly children: ReactNode;
}

function IconButton({ label, onClick, disabled, color, children }: { label: string; onClick: () => void; disabled?: boolean; color?: string; children: ReactNode }) {
  return (
    <Tooltip label={label}>
      <ActionIcon variant="subtle" color={color ?? 'gray'} onClick={onClick} disabled={disabled} aria-label={label}>
        {children}
      </ActionIcon>
    </Tooltip>
  );
}

/** A rule in the ordered list: drag handle, order, summary and switches; the full editor when expanded. */
export function RuleCard({ rule, index, count, showStop, issueCount, summary, expanded, onToggle, onChange, onMove, onDuplicate, onDelete, children }: RuleCardProps) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id: rule.id });
  const n = index + 1;
  return (
    <Card
      ref={setNodeRef}
      component="section"
      aria-label={`Rule ${n}: ${rule.name}`}
      withBorder
      radius="md"
      padding="sm"
      shadow={isDragging ? 'md' : 'xs'}
      style={{ transform: CSS.Transform.toString(transform), transition, zIndex: isDragging ? 2 : undefined, opacity: rule.enabled ? 1 : 0.75 }}
    >
      <Group gap="sm" wrap="nowrap" align="center">
        <Tooltip label="Drag to reorder (or focus and use Space and the arrow keys)">
          <ActionIcon ref={setActivatorNodeRef} variant="subtle" color="gray" aria-label={`Drag rule ${n}`} style={{ cursor: 'grab' }} {...attributes} {...listeners}>
            <IconGripVertical size={18} aria-hidden />
          </ActionIcon>
        </Tooltip>
        <Badge variant="light" color="gray" radius="sm" w={32} px={0}>
          {n}
        </Badge>
        <Box style={{ flex: 1, minWidth: 0 }} onClick={onToggle}>
          <Group gap={6} wrap="nowrap">
            <Text fw={600} truncate>
              {rule.name || 'Untitled rule'}
            </Text>
            {!rule.enabled && <Badge color="gray" variant="outline" size="sm">Disabled</Badge>}
            {issueCount > 0 && <Badge color="red" variant="light" size="sm">{issueCount === 1 ? '1 issue' : `${issueCount} issues`}</Badge>}
          </Group>
          <Text size="sm" c="dimmed" lineClamp={1}>
            When {summary.conditions} → {summary.actions}
          </Text>
        </Box>
        <Stack gap={4}>
          <Switch size="sm" label="Enabled" aria-label={`Enable rule ${n}`} checked={rule.enabled} onChange={(event) => onChange({ enabled: event.currentTarget.checked })} />
          {(showStop || rule.stop === true) && (
            <Switch size="sm" label="Stop here" aria-label={`Stop after rule ${n}`} checked={rule.stop === true} onChange={(event) => onChange({ stop: event.currentTarget.checked ? true : undefined })} />
          )}
        </Stack>
        <Group gap={2} wrap="nowrap">
          <IconButton label={`Move rule ${n} up`} onClick={() => onMove(index - 1)} disabled={index === 0}>
            <IconArrowUp size={16} aria-hidden />
          </IconButton>
          <IconButton label={`Move rule ${n} down`} onClick={() => onMove(index + 1)} disabled={index === count - 1}>
            <IconArrowDown size={16} aria-hidden />
          </IconButton>
          <IconButton label={`Duplicate rule ${n}`} onClick={onDuplicate}>
            <IconCopy size={16} aria-hidden />
          </IconButton>
          <IconButton label={`Delete rule ${n}`} onClick={onDelete} color="red">
            <IconTrash size={16} aria-hidden />
          </IconButton>
          <Tooltip label={expanded ? 'Collapse' : 'Edit conditions and actions'}>
            <ActionIcon variant={expanded ? 'filled' : 'light'} onClick={onToggle} aria-expanded={expanded} aria-label={`Edit rule ${n}`}>
              {expanded ? <IconChevronUp size={16} aria-hidden /> : <IconChevronDown size={16} aria-hidden />}
            </ActionIcon>
          </Tooltip>
        </Group>
      </Group>
      {expanded && (
        <Card.Section withBorder inheritPadding py="md" mt="sm">
          {children}
        </Card.Section>
      )}
    </Card>
  );
}
