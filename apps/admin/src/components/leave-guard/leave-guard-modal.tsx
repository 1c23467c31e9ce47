import { Button, Group, Modal, Text } from '@mantine/core';
import type { LeaveGuard } from './use-leave-guard';

/** Asks before a navigation throws unsaved edits away; `subject` is what was edited, e.g. "the handoff settings". */
export function LeaveGuardModal({ guard, subject }: { guard: LeaveGuard; subject: string }) {
  return (
    <Modal opened={guard.asking} onClose={guard.stay} title="Leave without saving?" centered>
      <Text size="sm">You have unsaved changes to {subject}. If you leave now, they are lost.</Text>
      <Group justify="flex-end" mt="lg">
        <Button variant="default" onClick={guard.stay} data-autofocus>
          Stay on this page
        </Button>
        <Button color="red" onClick={guard.leave}>
          Leave and discard changes
        </Button>
      </Group>
    </Modal>
  );
}
