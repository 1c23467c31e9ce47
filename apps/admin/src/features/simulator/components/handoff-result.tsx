import { Card, SimpleGrid, Stack, Text } from '@mantine/core';
import type { SimulatorHandoffQuery } from '../../../generated/graphql';
import type { TraceVocabulary } from '../adapters/trace-vocabulary';
import { AssignmentCard } from './assignment-card';
import { DecisionCard } from './decision-card';
import { FiredTriggers } from './fired-triggers';
import { RoutingTrace } from './routing-trace';
import { SectionCard } from './section-card';
import { TicketCard } from './ticket-card';
import { VisitorReply } from './visitor-reply';

type Simulation = SimulatorHandoffQuery['simulateHandoff'];

/** Everything a visitor turn would cause, and why: decision, triggers, reply, ticket, assignee, routing trace. */
export function HandoffResult({ simulation, text, source, vocabulary }: { simulation: Simulation; text: string; source: string; vocabulary: TraceVocabulary }) {
  const { ticket, assignment, routing } = simulation;
  return (
    <Stack gap="md" data-testid="handoff-result">
      <DecisionCard simulation={simulation} source={source} />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <FiredTriggers text={text} fired={simulation.firedTriggers} />
        {simulation.messageText ? (
          <VisitorReply text={simulation.messageText} kind={simulation.messageKind} />
        ) : (
          <SectionCard title="What the visitor sees">
            <Text size="sm" c="dimmed">
              No handoff message: the AI agent keeps answering.
            </Text>
          </SectionCard>
        )}
      </SimpleGrid>
      {ticket && (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          <TicketCard ticket={ticket} vocabulary={vocabulary} />
          {assignment && <AssignmentCard assignment={assignment} owner={ticket.owner} team={ticket.team} />}
        </SimpleGrid>
      )}
      {simulation.handedOff && (
        <Card withBorder padding="md">
          {routing ? (
            <RoutingTrace routing={routing} vocabulary={vocabulary} />
          ) : (
            <Text size="sm" c="dimmed">
              The policy sends every handoff to the same destination and pool, so there are no routing rules to trace.
            </Text>
          )}
        </Card>
      )}
    </Stack>
  );
}
