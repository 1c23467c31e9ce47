import { Badge, Group, Paper, ScrollArea, Stack, Text, Title } from '@mantine/core';
import type { TicketsDetailQuery } from '../../../generated/graphql';
import { AUTHOR_LABELS, CHANNEL_LABELS } from '../adapters/ticket-labels';
import { formatMoment } from '../adapters/time-ago';

type Conversation = NonNullable<NonNullable<TicketsDetailQuery['ticket']>['conversation']>;

/** The conversation a ticket was handed off from, as the visitor and the AI agent wrote it. */
export function ConversationTranscript({ conversation }: { conversation: Conversation | null }) {
  return (
    <section aria-label="Conversation">
      <Group justify="space-between" mb="sm">
        <Title order={4} size="h6">
          Conversation
        </Title>
        {conversation && (
          <Group gap={6}>
            <Badge variant="light" color="gray" size="sm">
              {CHANNEL_LABELS[conversation.channel]}
            </Badge>
            <Badge variant="light" size="sm">
              {conversation.status}
            </Badge>
          </Group>
        )}
      </Group>
      {!conversation ? (
        <Text size="sm" c="dimmed">
          Created directly, not from a conversation.
        </Text>
      ) : (
        <ScrollArea.Autosize mah={320} type="auto">
          <Stack gap="xs">
            {conversation.contact.email && (
              <Text size="xs" c="dimmed">
                Contact: {conversation.contact.email}
                {conversation.contact.company ? ` · ${conversation.contact.company}` : ''}
              </Text>
            )}
            {conversation.messages.map((m) => (
              <Paper key={m.id} p="xs" radius="md" withBorder bg={m.author === 'visitor' ? 'gray.0' : 'blue.0'}>
                <Text size="xs" c="dimmed">
                  {AUTHOR_LABELS[m.author]} · {formatMoment(m.createdAt)}
                </Text>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {m.text}
                </Text>
              </Paper>
            ))}
          </Stack>
        </ScrollArea.Autosize>
      )}
    </section>
  );
}
