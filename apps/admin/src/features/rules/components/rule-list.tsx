import { closestCenter, DndContext, KeyboardSensor, PointerSensor, useSensor, useSensors, type Announcements, type DragEndEvent } from '@dnd-kit/core';
import { SortableContext, sortableKeyboardCoordinates, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import type { DraftRule } from '../adapters/draft-types';

/** Props of the ordered rule list. */
export interface RuleListProps {
  readonly rules: readonly DraftRule[];
  readonly onMove: (from: number, to: number) => void;
  readonly onDelete: (ruleId: string) => void;
  /** Renders one rule; `requestDelete` opens the confirmation. */
  readonly renderRule: (rule: DraftRule, index: number, requestDelete: () => void) => ReactNode;
}

/** The rules in evaluation order, reorderable by drag and drop (pointer or keyboard); deleting asks first. */
export function RuleList({ rules, onMove, onDelete, renderRule }: RuleListProps) {
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 4 } }), useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }));
  const [deleting, setDeleting] = useState<DraftRule | null>(null);
  const position = (id: unknown) => rules.findIndex((r) => r.id === id);
  const nameOf = (id: unknown) => rules[position(id)]?.name ?? 'the rule';

  // Screen readers hear rule names and positions, not internal ids.
  const announcements: Announcements = {
    onDragStart: ({ active }) => `Picked up ${nameOf(active.id)}, position ${position(active.id) + 1} of ${rules.length}.`,
    onDragOver: ({ active, over }) => (over ? `${nameOf(active.id)} is over position ${position(over.id) + 1}.` : `${nameOf(active.id)} is not over a position.`),
    onDragEnd: ({ active, over }) => (over ? `${nameOf(active.id)} dropped at position ${position(over.id) + 1}.` : `${nameOf(active.id)} dropped.`),
    onDragCancel: ({ active }) => `Moving ${nameOf(active.id)} was cancelled.`,
  };

  const handleDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    onMove(position(active.id), position(over.id));
  };

  return (
    <>
      <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={handleDragEnd} accessibility={{ announcements }}>
        <SortableContext items={rules.map((r) => r.id)} strategy={verticalListSortingStrategy}>
          <Stack gap="sm">{rules.map((rule, index) => renderRule(rule, index, () => setDeleting(rule)))}</Stack>
        </SortableContext>
      </DndContext>
      <Modal opened={deleting !== null} onClose={() => setDeleting(null)} title="Delete rule?" centered>
        <Stack>
          <Text size="sm">
            “{deleting?.name}” will be removed from the draft. Nothing changes for routing until you save and publish.
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setDeleting(null)}>
              Cancel
            </Button>
            <Button
              color="red"
              onClick={() => {
                if (deleting) onDelete(deleting.id);
                setDeleting(null);
              }}
            >
              Delete rule
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
