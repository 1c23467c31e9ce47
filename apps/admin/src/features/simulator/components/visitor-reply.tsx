import { Group, Paper, Text, ThemeIcon } from '@mantine/core';
import { IconMessageChatbot } from '@tabler/icons-react';
import { describeMessageKind } from '../adapters/describe-outcome';
import { SectionCard } from './section-card';

/** The admin's text the visitor would be shown, as a chat bubble from the assistant. */
export function VisitorReply({ text, kind }: { text: string; kind: string | null }) {
  const kindLabel = describeMessageKind(kind);
  return (
    <SectionCard title="What the visitor sees">
      <Group align="flex-end" gap="xs" wrap="nowrap">
        <ThemeIcon radius="xl" variant="light" color="gray" aria-hidden>
          <IconMessageChatbot size={18} />
        </ThemeIcon>
        <Paper bg="gray.1" px="md" py="sm" radius="lg" style={{ borderBottomLeftRadius: 4, maxWidth: 520 }} data-testid="visitor-message">
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {text}
          </Text>
        </Paper>
      </Group>
      {kindLabel && (
        <Text size="xs" c="dimmed">
          The {kindLabel}, from the handoff settings.
        </Text>
      )}
    </SectionCard>
  );
}
