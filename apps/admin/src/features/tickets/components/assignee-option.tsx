import { Badge, Group, Stack, Text } from '@mantine/core';
import type { AssigneeChoice } from '../adapters/assignee-choices';
import { PRESENCE_VIEW } from '../adapters/ticket-labels';

/** A person in the assignee list: name, presence and load, so nobody is assigned blind. */
export function AssigneeOption({ choice }: { choice: AssigneeChoice | undefined }) {
  if (!choice) return null;
  const presence = PRESENCE_VIEW[choice.status];
  return (
    <Group justify="space-between" wrap="nowrap" w="100%" gap="sm">
      <Stack gap={0}>
        <Text size="sm">{choice.name}</Text>
        {choice.load && (
          <Text size="xs" c="dimmed">
            {choice.load}
            {choice.available === false && choice.reason ? ` · ${choice.reason.toLowerCase()}` : ''}
          </Text>
        )}
      </Stack>
      <Badge size="sm" variant="dot" color={presence.color}>
        {presence.label}
      </Badge>
    </Group>
  );
}
