import { DateTimeISOResolver } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';
import { TeamType } from '../../people/dtos/team.type';
import { UserType } from '../../people/dtos/user.type';
import { RoutingSimulationType } from '../../rule-sets/dtos/routing-simulation.type';
import { DestinationEnum, TicketPriorityEnum } from '../../tickets/dtos/ticket-enums';
import { FiredTriggerType, HandoffMessageKindEnum, HandoffModeEnum } from './handoff-result.type';

/** The ticket a handoff would create. */
@ObjectType('SimulatedTicket')
export class SimulatedTicketType {
  @Field()
  subject!: string;

  @Field()
  description!: string;

  @Field(() => TicketPriorityEnum)
  priority!: TicketPriorityEnum;

  @Field(() => [String])
  tags!: string[];

  @Field(() => DestinationEnum)
  destination!: DestinationEnum;

  @Field(() => TeamType, { nullable: true })
  team!: TeamType | null;

  @Field(() => UserType, { nullable: true })
  owner!: UserType | null;
}

/** Someone assignment passed over, and why. */
@ObjectType('SkippedCandidate')
export class SkippedCandidateType {
  @Field(() => UserType, { nullable: true, description: 'Null when the id is not a person of this workspace.' })
  user!: UserType | null;

  @Field({ description: 'offline, away, outsideHours, atCapacity or unknownUser.' })
  reason!: string;
}

/** Who would get the work, or why nobody would. */
@ObjectType('SimulatedAssignment')
export class SimulatedAssignmentType {
  @Field({ description: 'assigned or unassigned.' })
  status!: string;

  @Field(() => String, { nullable: true, description: 'roundRobin, leastLoaded or direct (a rule named the person).' })
  strategy!: string | null;

  @Field(() => String, { nullable: true, description: 'noRuleMatched, noTarget or nobodyAvailable.' })
  cause!: string | null;

  @Field(() => [SkippedCandidateType])
  skipped!: SkippedCandidateType[];
}

/** What the flow would decide for a visitor turn, with the reasons. */
@ObjectType('HandoffSimulation')
export class HandoffSimulationType {
  @Field()
  handedOff!: boolean;

  @Field({ description: 'The first trigger that fired, or why not: noTrigger, processIsNoHandoff.' })
  reason!: string;

  @Field(() => [FiredTriggerType])
  firedTriggers!: FiredTriggerType[];

  @Field(() => HandoffModeEnum, { nullable: true })
  mode!: HandoffModeEnum | null;

  @Field(() => SimulatedTicketType, { nullable: true })
  ticket!: SimulatedTicketType | null;

  @Field(() => SimulatedAssignmentType, { nullable: true })
  assignment!: SimulatedAssignmentType | null;

  @Field(() => HandoffMessageKindEnum, { nullable: true })
  messageKind!: HandoffMessageKindEnum | null;

  @Field(() => String, { nullable: true, description: 'The text the visitor would see.' })
  messageText!: string | null;

  @Field(() => String, { nullable: true, description: 'assigned, unassigned or closed.' })
  conversationStatus!: string | null;

  @Field(() => RoutingSimulationType, { nullable: true, description: 'The rule set’s explanation, under condition routing.' })
  routing!: RoutingSimulationType | null;

  @Field(() => DateTimeISOResolver)
  at!: Date;
}
