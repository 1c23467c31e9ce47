import { Button, Group, Modal, Text } from '@mantine/core';

/** Asks before an in-app link throws unsaved edits away. */
export function LeaveGuardModal({ opened, onStay, onLeave }: { opened: boolean; onStay: () => void; onLeave: () => void }) {
  return (
    <Modal opened={opened} onClose={onStay} title="Leave without saving?" centered>
      <Text size="sm">You have unsaved changes to the handoff settings. If you leave now, they are lost.</Text>
      <Group justify="flex-end" mt="lg">
        <Button variant="default" onClick={onStay} data-autofocus>
          Stay on this page
        </Button>
        <Button color="red" onClick={onLeave}>
          Leave and discard changes
        </Button>
      </Group>
    </Modal>
  );
}
