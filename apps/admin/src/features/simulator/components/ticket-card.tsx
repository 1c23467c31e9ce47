import { Badge, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconTicket } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import type { SimulatorHandoffQuery } from '../../../generated/graphql';
import type { TraceVocabulary } from '../adapters/trace-vocabulary';
import { SectionCard } from './section-card';

type SimulatedTicket = NonNullable<SimulatorHandoffQuery['simulateHandoff']['ticket']>;

const PRIORITY_COLORS: Readonly<Record<string, string>> = { low: 'gray', normal: 'blue', high: 'orange', urgent: 'red' };

function Fact({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed" fw={600}>
        {label}
      </Text>
      <Text size="sm" component="div" data-testid={testId}>
        {children}
      </Text>
    </Stack>
  );
}

/** The ticket the handoff would create: where it goes and with what. */
export function TicketCard({ ticket, vocabulary }: { ticket: SimulatedTicket; vocabulary: TraceVocabulary }) {
  return (
    <SectionCard title="Ticket that would be created" icon={<IconTicket size={18} aria-hidden />} testId="simulated-ticket">
      <Text size="sm" fw={600} lineClamp={2} title={ticket.subject}>
        {ticket.subject}
      </Text>
      <SimpleGrid cols={2} spacing="sm" verticalSpacing="xs">
        <Fact label="Team" testId="ticket-team">
          {ticket.team?.name ?? <Text span c="dimmed" inherit>No team</Text>}
        </Fact>
        <Fact label="Owner" testId="ticket-owner">
          {ticket.owner?.name ?? <Text span c="dimmed" inherit>Unassigned</Text>}
        </Fact>
        <Fact label="Priority">
          <Badge color={PRIORITY_COLORS[ticket.priority] ?? 'gray'} variant="light" size="sm">
            {ticket.priority}
          </Badge>
        </Fact>
        <Fact label="Destination">{vocabulary.destination(ticket.destination) ?? ticket.destination}</Fact>
      </SimpleGrid>
      <Fact label="Tags">
        {ticket.tags.length === 0 ? (
          <Text span c="dimmed" inherit>
            None
          </Text>
        ) : (
          <Group gap={4}>
            {ticket.tags.map((tag) => (
              <Badge key={tag} variant="outline" color="gray" size="sm" tt="none">
                {tag}
              </Badge>
            ))}
          </Group>
        )}
      </Fact>
    </SectionCard>
  );
}
