import { Badge, Group, Stack, Text, Title } from '@mantine/core';
import dayjs from 'dayjs';

/** The page title, what it is for, and which version is loaded. */
export function SettingsHeader({ version, updatedAt, updatedBy }: { version: number | null; updatedAt?: string; updatedBy?: string }) {
  return (
    <Group justify="space-between" align="flex-start" wrap="wrap">
      <div>
        <Title order={2}>Handoff settings</Title>
        <Text c="dimmed" size="sm" mt={4}>
          When the AI agent hands a conversation to your team, how, and who gets it.
        </Text>
      </div>
      {version !== null && (
        <Stack gap={2} align="flex-end" ml="auto">
          <Badge variant="light" size="lg">
            Version {version}
          </Badge>
          {updatedAt && (
            <Text size="xs" c="dimmed">
              Saved {dayjs(updatedAt).format('D MMM YYYY, HH:mm')}
              {updatedBy ? ` by ${updatedBy}` : ''}
            </Text>
          )}
        </Stack>
      )}
    </Group>
  );
}
