import { Badge, Box, Group, Text } from '@mantine/core';
import type { ChangeKind, ChangeLine } from '../../lib/document-diff/change-line';

const KIND: Record<ChangeKind, { label: string; color: string }> = {
  added: { label: 'Added', color: 'green' },
  removed: { label: 'Removed', color: 'red' },
  changed: { label: 'Changed', color: 'blue' },
  moved: { label: 'Moved', color: 'grape' },
};

/** One change: a badge for its kind, then the sentence, with the old value struck out and the new one marked. */
function ChangeItem({ line }: { line: ChangeLine }) {
  const { label, color } = KIND[line.kind];
  const hasValues = line.from !== undefined || line.to !== undefined;
  return (
    <Group component="li" gap="xs" wrap="nowrap" align="flex-start">
      <Badge color={color} variant="light" size="sm" miw={76} style={{ flexShrink: 0 }}>
        {label}
      </Badge>
      <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
        {line.subject}
        {hasValues && ': '}
        {hasValues && (
          <>
            <Text component="del" span size="sm" c="red.8" td="line-through">
              {line.from ?? '—'}
            </Text>
            {' → '}
            <Text component="ins" span size="sm" c="green.9" td="none" fw={500}>
              {line.to ?? '—'}
            </Text>
          </>
        )}
        {line.detail && (
          <Text span size="sm" c="dimmed">
            {' '}
            ({line.detail})
          </Text>
        )}
      </Text>
    </Group>
  );
}

/** The changes as a list a screen reader announces as one. */
export function ChangeList({ lines, label }: { lines: readonly ChangeLine[]; label: string }) {
  return (
    <Box component="ul" aria-label={label} m={0} p={0} style={{ listStyle: 'none', display: 'flex', flexDirection: 'column', gap: 6 }}>
      {lines.map((line, i) => (
        // Lines have no identity of their own; the list is rebuilt whole when the documents change.
        <ChangeItem key={i} line={line} />
      ))}
    </Box>
  );
}
