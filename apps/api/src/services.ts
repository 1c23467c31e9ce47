import type { DataSource } from 'typeorm';
import { AuditService } from './modules/audit/audit.service';
import { ConversationsService } from './modules/conversations/conversations.service';
import { DestinationsService } from './modules/destinations/destinations.service';
import { HandoffFlowService } from './modules/handoff/handoff-flow.service';
import { HandoffSimulationService } from './modules/handoff/handoff-simulation.service';
import { EventFeedService } from './modules/outbox/event-feed.service';
import type { LocalHub } from './modules/outbox/event-hub';
import type { EventOutbox } from './modules/outbox/outbox-relay';
import { createIdentityServices, type IdentityServices } from './modules/identity/identity.services';
import { PeopleService } from './modules/people/people.service';
import { HandoffPolicyService } from './modules/policies/handoff-policy.service';
import { RoutingSimulationService } from './modules/rule-sets/routing-simulation.service';
import { RuleSetPublishingService } from './modules/rule-sets/rule-set-publishing.service';
import { RuleSetService } from './modules/rule-sets/rule-set.service';
import { TicketsService } from './modules/tickets/tickets.service';
import { createLogger, type Logger } from './observability/logger';
import type { Clock, IdGenerator } from './shared/clock';

/** What the services are built from. */
export interface AppDependencies {
  readonly dataSource: DataSource;
  /** Where changes write their events (in their transaction) and announce their commits. */
  readonly outbox: EventOutbox;
  /** This instance's live events, for resumable subscriptions. */
  readonly hub: Pick<LocalHub, 'listen'>;
  readonly clock: Clock;
  readonly ids: IdGenerator;
  /** Signs access tokens (config or per-install; see auth-secret.ts). Tests may omit it. */
  readonly authSecret?: string;
  /** Access tokens' lifetime (ACCESS_TOKEN_TTL_SECONDS); 15 minutes when omitted. */
  readonly accessTokenTtlSeconds?: number;
  /** Where services report what operators must fix (stored documents that fail validation); silent when omitted. */
  readonly logger?: Logger;
}

/** The application's services, one instance each per process. */
export interface AppServices {
  readonly people: PeopleService;
  readonly tickets: TicketsService;
  readonly conversations: ConversationsService;
  readonly destinations: DestinationsService;
  readonly handoff: HandoffFlowService;
  readonly handoffSimulation: HandoffSimulationService;
  readonly handoffPolicy: HandoffPolicyService;
  readonly ruleSets: RuleSetService;
  readonly ruleSetPublishing: RuleSetPublishingService;
  readonly routingSimulation: RoutingSimulationService;
  readonly audit: AuditService;
  readonly events: EventFeedService;
  readonly identity: IdentityServices;
}

/** Wires the services. */
export function createServices(dependencies: AppDependencies): AppServices {
  const deps = { ...dependencies, logger: dependencies.logger ?? createLogger('silent') };
  return {
    people: new PeopleService(deps.dataSource, deps.clock, deps.ids),
    tickets: new TicketsService(deps.dataSource, deps.outbox, deps.clock, deps.ids),
    conversations: new ConversationsService(deps.dataSource),
    destinations: new DestinationsService(deps),
    handoff: new HandoffFlowService(deps.dataSource, deps.outbox, deps.clock, deps.ids, deps.logger),
    handoffSimulation: new HandoffSimulationService(deps.dataSource, deps.clock, deps.logger),
    handoffPolicy: new HandoffPolicyService(deps),
    ruleSets: new RuleSetService(deps),
    ruleSetPublishing: new RuleSetPublishingService(deps),
    routingSimulation: new RoutingSimulationService(deps.dataSource, deps.logger),
    audit: new AuditService(deps.dataSource),
    events: new EventFeedService(deps.dataSource, deps.hub, deps.clock),
    identity: createIdentityServices(deps),
  };
}
