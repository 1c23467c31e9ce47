import type { AssignmentOutcome } from '@handoff/domain';
import type { PeopleLoaders } from '../people/people.loaders';
import { toTeamType, toUserType } from '../people/people.mapper';
import { toRoutingSimulationType } from '../rule-sets/routing-simulation.mapper';
import type { HandoffSimulationType, SimulatedAssignmentType } from './dtos/handoff-simulation.type';
import type { SimulateHandoffInput } from './dtos/simulate-handoff.input';
import { toVisitorMessageCommand } from './handoff.mapper';
import { summarizeTrigger } from './handoff-outcome';
import type { HandoffSimulation, HandoffSimulationCommand } from './handoff-simulation.service';

/** GraphQL input → simulation command; the visitor part is read exactly as postVisitorMessage reads it. */
export function toHandoffSimulationCommand(input: SimulateHandoffInput): HandoffSimulationCommand {
  const { text, channel, language, contact } = toVisitorMessageCommand({ ...input, idempotencyKey: undefined });
  return {
    text,
    channel,
    language,
    contact,
    signals: input.signals,
    ...(input.policy != null ? { policy: input.policy } : {}),
    ruleSetSource: input.ruleSetSource,
    at: input.at ?? undefined,
  };
}

/** Domain decision → GraphQL shape, with people and teams resolved through the request's loaders. */
export async function toHandoffSimulationType({ decision, at }: HandoffSimulation, people: PeopleLoaders): Promise<HandoffSimulationType> {
  const firedTriggers = decision.firedTriggers.map(summarizeTrigger);
  if (!decision.handoff) {
    return { handedOff: false, reason: decision.reason, firedTriggers, mode: null, ticket: null, assignment: null, messageKind: null, messageText: null, conversationStatus: null, routing: null, at };
  }
  const { ticket } = decision;
  const [team, owner] = await Promise.all([
    ticket.teamId ? people.teamById.load(ticket.teamId) : null,
    ticket.ownerId ? people.userById.load(ticket.ownerId) : null,
  ]);
  return {
    handedOff: true,
    reason: decision.reason,
    firedTriggers,
    mode: decision.mode,
    ticket: {
      subject: ticket.subject,
      description: ticket.description,
      priority: ticket.priority,
      tags: [...ticket.tags],
      destination: ticket.destination,
      team: team ? toTeamType(team) : null,
      owner: owner ? toUserType(owner) : null,
    },
    assignment: await toSimulatedAssignment(decision.assignment, people),
    messageKind: decision.message.kind,
    messageText: decision.message.text,
    conversationStatus: decision.conversationStatus,
    routing: decision.routing ? toRoutingSimulationType(decision.routing) : null,
    at,
  };
}

async function toSimulatedAssignment(assignment: AssignmentOutcome, people: PeopleLoaders): Promise<SimulatedAssignmentType> {
  if (assignment.status === 'assigned') return { status: 'assigned', strategy: assignment.strategy, cause: null, skipped: [] };
  const users = await people.userById.loadMany(assignment.skipped.map((s) => s.userId));
  return {
    status: 'unassigned',
    strategy: null,
    cause: assignment.cause,
    skipped: assignment.skipped.map((s, i) => {
      const user = users[i];
      return { user: user && !(user instanceof Error) ? toUserType(user) : null, reason: s.reason };
    }),
  };
}
