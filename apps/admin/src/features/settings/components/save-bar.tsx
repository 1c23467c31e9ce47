import { Badge, Button, Group, Paper, Text } from '@mantine/core';
import { IconDeviceFloppy } from '@tabler/icons-react';

/** What the save bar shows and does. */
export interface SaveBarProps {
  readonly dirty: boolean;
  /** The stored policy is unusable: Save replaces it even without edits. */
  readonly mustReplace?: boolean;
  readonly saving: boolean;
  readonly problemCount: number;
  readonly onSave: () => void;
  readonly onDiscard: () => void;
}

/** Sticky at the bottom of the page: whether there is anything to save, and the one Save. */
export function SaveBar({ dirty, mustReplace = false, saving, problemCount, onSave, onDiscard }: SaveBarProps) {
  return (
    <Paper withBorder shadow="md" radius="md" p="sm" pos="sticky" bottom={16} style={{ zIndex: 2 }}>
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Group gap="sm" aria-live="polite">
          {dirty ? (
            <Badge color="yellow" variant="light" size="lg">
              Unsaved changes
            </Badge>
          ) : mustReplace ? (
            <Badge color="red" variant="light" size="lg">
              Save to replace the stored policy
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
          <Button onClick={onSave} loading={saving} disabled={!dirty && !mustReplace} leftSection={<IconDeviceFloppy size={16} aria-hidden />}>
            Save changes
          </Button>
        </Group>
      </Group>
    </Paper>
  );
}
