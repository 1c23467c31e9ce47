import { DateTimeISOResolver, JSONObjectResolver } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DestinationEnum } from '../../tickets/dtos/ticket-enums';
import { StoredDocumentProblemType } from './stored-document-problem.type';
import { AssignmentModeEnum, AssignmentStrategyEnum, HandoffProcessEnum, PhraseMatchModeEnum, UnassignedBehaviourEnum } from './policy-enums';

/** The built-in triggers, each on or off. */
@ObjectType('BuiltInTriggers')
export class BuiltInTriggersType {
  @Field()
  agentCannotAnswer!: boolean;

  @Field()
  visitorAskedForHuman!: boolean;

  @Field()
  agentPaused!: boolean;
}

/** An admin-defined phrase that starts a handoff. */
@ObjectType('CustomTrigger')
export class CustomTriggerType {
  @Field(() => ID)
  id!: string;

  @Field()
  phrase!: string;

  @Field(() => PhraseMatchModeEnum)
  mode!: PhraseMatchModeEnum;

  @Field({ description: 'Fold accents too (é = e). Case is always ignored.' })
  ignoreAccents!: boolean;
}

/** Who gets handed-off work. Same-destination fields are null under condition routing and vice versa. */
@ObjectType('HandoffAssignment')
export class HandoffAssignmentType {
  @Field(() => AssignmentModeEnum)
  mode!: AssignmentModeEnum;

  @Field(() => DestinationEnum, { description: 'Always helpDesk under condition routing.' })
  destination!: DestinationEnum;

  @Field(() => [ID], { nullable: true })
  userIds!: string[] | null;

  @Field(() => [ID], { nullable: true })
  teamIds!: string[] | null;

  @Field(() => AssignmentStrategyEnum)
  strategy!: AssignmentStrategyEnum;

  @Field(() => ID, { nullable: true, description: 'The rule set whose PUBLISHED version routes tickets.' })
  ruleSetId!: string | null;
}

/** The texts the visitor sees. */
@ObjectType('HandoffMessages')
export class HandoffMessagesType {
  @Field()
  teamAvailable!: string;

  @Field()
  teamUnavailable!: string;

  @Field()
  ticketUnassigned!: string;
}

/** The workspace's handoff policy. */
@ObjectType('HandoffPolicy')
export class HandoffPolicyType {
  @Field(() => Int, { description: 'Compare-and-set token: pass it back as expectedVersion.' })
  version!: number;

  @Field(() => DateTimeISOResolver)
  updatedAt!: Date;

  @Field()
  updatedBy!: string;

  @Field(() => BuiltInTriggersType)
  builtInTriggers!: BuiltInTriggersType;

  @Field(() => [CustomTriggerType])
  customTriggers!: CustomTriggerType[];

  @Field(() => HandoffProcessEnum)
  process!: HandoffProcessEnum;

  @Field(() => HandoffAssignmentType)
  assignment!: HandoffAssignmentType;

  @Field(() => HandoffMessagesType)
  messages!: HandoffMessagesType;

  @Field(() => UnassignedBehaviourEnum, { description: 'Live handoff left unassigned: keep the chat open (Unassigned view) or close it.' })
  unassignedBehaviour!: UnassignedBehaviourEnum;

  @Field(() => JSONObjectResolver, { description: 'The whole policy as updateHandoffPolicy accepts it: edit and send back.' })
  document!: object;

  @Field(() => StoredDocumentProblemType, {
    nullable: true,
    description:
      'Set when the stored policy fails validation (written before a bound existed, or edited by hand): the other fields are then the default policy handoffs use meanwhile, and updateHandoffPolicy with this version replaces the stored one. Null when the stored policy is fine.',
  })
  storedProblem!: StoredDocumentProblemType | null;
}
