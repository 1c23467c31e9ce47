import type { DataSource } from 'typeorm';
import type { PubSub } from 'type-graphql';
import { AuditService } from './modules/audit/audit.service';
import { ConversationsService } from './modules/conversations/conversations.service';
import { DestinationsService } from './modules/destinations/destinations.service';
import { HandoffFlowService } from './modules/handoff/handoff-flow.service';
import { HandoffSimulationService } from './modules/handoff/handoff-simulation.service';
import { PeopleService } from './modules/people/people.service';
import { HandoffPolicyService } from './modules/policies/handoff-policy.service';
import { RoutingSimulationService } from './modules/rule-sets/routing-simulation.service';
import { RuleSetPublishingService } from './modules/rule-sets/rule-set-publishing.service';
import { RuleSetService } from './modules/rule-sets/rule-set.service';
import { TicketsService } from './modules/tickets/tickets.service';
import type { Clock, IdGenerator } from './shared/clock';

/** What the services are built from. */
export interface AppDependencies {
  readonly dataSource: DataSource;
  readonly pubSub: PubSub;
  readonly clock: Clock;
  readonly ids: IdGenerator;
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
}

/** Wires the services. */
export function createServices(deps: AppDependencies): AppServices {
  return {
    people: new PeopleService(deps.dataSource, deps.clock, deps.ids),
    tickets: new TicketsService(deps.dataSource, deps.pubSub, deps.clock, deps.ids),
    conversations: new ConversationsService(deps.dataSource),
    destinations: new DestinationsService(deps),
    handoff: new HandoffFlowService(deps.dataSource, deps.pubSub, deps.clock, deps.ids),
    handoffSimulation: new HandoffSimulationService(deps.dataSource, deps.clock),
    handoffPolicy: new HandoffPolicyService(deps),
    ruleSets: new RuleSetService(deps),
    ruleSetPublishing: new RuleSetPublishingService(deps),
    routingSimulation: new RoutingSimulationService(deps.dataSource),
    audit: new AuditService(deps.dataSource),
  };
}
