import { Badge, Button, Group, Paper, Text } from '@mantine/core';
import { IconDeviceFloppy } from '@tabler/icons-react';

/** Sticky at the bottom of the page: whether there is anything to save, and the one Save. */
export function SaveBar({ dirty, saving, problemCount, onSave, onDiscard }: { dirty: boolean; saving: boolean; problemCount: number; onSave: () => void; onDiscard: () => void }) {
  return (
    <Paper withBorder shadow="md" radius="md" p="sm" pos="sticky" bottom={16} style={{ zIndex: 2 }}>
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Group gap="sm" aria-live="polite">
          {dirty ? (
            <Badge color="yellow" variant="light" size="lg">
              Unsaved changes
            </Badge>
          ) : (
            <Text size="sm" c="dimmed">
              All changes saved
            </Text>
          )}
          {problemCount > 0 && (
            <Text size="sm" c="red">
              {problemCount === 1 ? '1 problem to fix' : `${problemCount} problems to fix`}
            </Text>
          )}
        </Group>
        <Group gap="sm">
          <Button variant="default" onClick={onDiscard} disabled={!dirty || saving}>
            Discard changes
          </Button>
          <Button onClick={onSave} loading={saving} disabled={!dirty} leftSection={<IconDeviceFloppy size={16} aria-hidden />}>
            Save changes
          </Button>
        </Group>
      </Group>
    </Paper>
  );
}
