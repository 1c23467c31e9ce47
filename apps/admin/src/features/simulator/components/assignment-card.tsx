import { Avatar, Group, List, Stack, Text } from '@mantine/core';
import { IconUserQuestion, IconUsers } from '@tabler/icons-react';
import type { SimulatorHandoffQuery } from '../../../generated/graphql';
import { describePick, describeSkipReason, describeUnassignedCause } from '../adapters/describe-outcome';
import { SectionCard } from './section-card';

type Simulation = SimulatorHandoffQuery['simulateHandoff'];
type Assignment = NonNullable<Simulation['assignment']>;

const initials = (name: string): string =>
  name
    .split(/\s+/)
    .map((part) => part[0] ?? '')
    .join('')
    .slice(0, 2)
    .toUpperCase();

function Skipped({ skipped }: { skipped: Assignment['skipped'] }) {
  if (skipped.length === 0) return null;
  return (
    <Stack gap={4}>
      <Text size="sm" fw={600}>
        Passed over
      </Text>
      <List size="sm" spacing={2} data-testid="skipped-candidates">
        {skipped.map((s, i) => (
          <List.Item key={s.user?.id ?? i}>
            {s.user?.name ?? 'Someone who is not in this workspace'} — {describeSkipReason(s.reason)}
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}

/** Who would get the work, how they were picked, and who was passed over and why. */
export function AssignmentCard({ assignment, owner, team }: { assignment: Assignment; owner: { name: string } | null; team: { name: string } | null }) {
  const assigned = assignment.status === 'assigned' && owner;
  return (
    <SectionCard title="Assignment" icon={<IconUsers size={18} aria-hidden />} testId="assignment">
      <Group gap="sm" wrap="nowrap">
        <Avatar radius="xl" color={assigned ? 'indigo' : 'gray'} aria-hidden>
          {assigned ? initials(owner.name) : <IconUserQuestion size={20} />}
        </Avatar>
        <Stack gap={0}>
          <Text fw={600} data-testid="assignee">
            {assigned ? owner.name : 'Nobody assigned'}
          </Text>
          <Text size="sm" c="dimmed">
            {assigned ? describePick(assignment.strategy, team?.name ?? null) : describeUnassignedCause(assignment.cause)}
          </Text>
        </Stack>
      </Group>
      <Skipped skipped={assignment.skipped} />
    </SectionCard>
  );
}
