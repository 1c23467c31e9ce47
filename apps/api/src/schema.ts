import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema, type PubSub } from 'type-graphql';
import { CatalogueResolver } from './modules/catalogue/catalogue.resolver';
import { ConversationResolver } from './modules/conversations/conversations.resolver';
import { DestinationsResolver } from './modules/destinations/destinations.resolver';
import { HandoffSimulationResolver } from './modules/handoff/handoff-simulation.resolver';
import { undecidedOperations } from './modules/identity/access-decisions';
import { authChecker } from './modules/identity/auth-checker';
import { IdentityResolver } from './modules/identity/identity.resolver';
import { ConversationHandedOffResolver, HandoffResolver, HandoffResultResolver } from './modules/handoff/handoff.resolver';
import { AuditResolver } from './modules/audit/audit.resolver';
import { TeamResolver, UserResolver } from './modules/people/people.resolver';
import { HandoffAssignmentResolver, HandoffPolicyResolver } from './modules/policies/handoff-policy.resolver';
import { RoutingSimulationResolver } from './modules/rule-sets/routing-simulation.resolver';
import { RuleEditResolver } from './modules/rule-sets/rule-edit.resolver';
import { RuleSetResolver } from './modules/rule-sets/rule-set.resolver';
import { TemplatesResolver } from './modules/templates/templates.resolver';
import { TicketEventsResolver } from './modules/tickets/ticket-events.resolver';
import { AssignmentResolver, TicketResolver } from './modules/tickets/tickets.resolver';

/** Every resolver of the API. */
export const RESOLVERS = [CatalogueResolver, UserResolver, TeamResolver,
  TicketResolver,
  AssignmentResolver,
  TicketEventsResolver,
  ConversationResolver,
  HandoffResolver,
  HandoffResultResolver,
  HandoffSimulationResolver,
  DestinationsResolver,
  ConversationHandedOffResolver,
  HandoffPolicyResolver,
  HandoffAssignmentResolver,
  RuleSetResolver,
  RuleEditResolver,
  RoutingSimulationResolver,
  TemplatesResolver,
  AuditResolver,
  IdentityResolver] as const;

// type-graphql wants a pubSub once there are subscriptions, for `topics`. None uses topics: each
// opens a feed on the event hub (modules/outbox/event-feed.service.ts), which is bounded,
// resumable and filters before any work; a `topics` subscription added by mistake fails loudly.
const NO_TOPICS: PubSub = {
  publish: () => {
    throw new Error('Events are published through the outbox (modules/outbox), not type-graphql topics');
  },
  subscribe: () => {
    throw new Error('Subscriptions open a feed on the event hub (openSubscription), not type-graphql topics');
  },
};

/** Builds the executable schema from the code-first resolvers, with input validation on. */
export function createSchema(): Promise<GraphQLSchema> {
  // Every operation states who may call it (@Authorized or PUBLIC_OPERATIONS): none ships open by accident.
  const undecided = undecidedOperations(RESOLVERS);
  if (undecided.length > 0) throw new Error(`Operations without an access decision (@Authorized): ${undecided.join(', ')}`);
  return buildSchema({
    resolvers: RESOLVERS,
    authChecker,
    validate: { forbidUnknownValues: false },
    pubSub: NO_TOPICS,
  });
}
