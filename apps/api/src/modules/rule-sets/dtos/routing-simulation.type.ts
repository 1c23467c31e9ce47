import { JSONObjectResolver, JSONResolver } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { graphqlEnum, type EnumValue } from '../../../graphql/graphql-enum';
import { RoutingActionType } from './routing-action.type';

/** Which document of a rule set to run. */
export const RuleSetSourceEnum = graphqlEnum(['draft', 'published'], 'RuleSetSource', 'The draft being edited, or the version routing uses.');
export type RuleSetSourceEnum = EnumValue<typeof RuleSetSourceEnum>;

/** Run a rule set against sample facts; nothing is stored or routed. */
@InputType('SimulateRoutingInput')
export class SimulateRoutingInput {
  @Field(() => ID)
  ruleSetId!: string;

  @Field(() => RuleSetSourceEnum, { defaultValue: RuleSetSourceEnum.draft })
  source!: RuleSetSourceEnum;

  @Field(() => JSONObjectResolver, { description: 'RoutingFacts: { ticket, conversation, contact, channel }; wrong-typed values read as not set.' })
  facts!: Record<string, unknown>;
}

/** One evaluated node of a rule's condition tree. */
@ObjectType('NodeTrace')
export class NodeTraceType {
  @Field({ description: 'condition or group.' })
  kind!: string;

  @Field({ description: 'Where the node is in the rule set, e.g. rules[2].when.all[0].' })
  path!: string;

  @Field({ description: 'Whether the node was true.' })
  result!: boolean;

  @Field(() => String, { nullable: true, description: 'all, any or not (groups).' })
  combinator!: string | null;

  @Field(() => String, { nullable: true })
  field!: string | null;

  @Field(() => String, { nullable: true })
  operator!: string | null;

  @Field(() => JSONResolver, { nullable: true, description: 'The value from the rule.' })
  expected!: unknown;

  @Field(() => JSONResolver, { nullable: true, description: 'The value read from the facts; null when not set.' })
  actual!: unknown;
}

/** What happened to one rule. */
@ObjectType('RuleTrace')
export class RuleTraceType {
  @Field(() => ID)
  ruleId!: string;

  @Field(() => Int)
  ruleIndex!: number;

  @Field()
  name!: string;

  @Field({ description: 'disabled, notReached, matched or notMatched.' })
  status!: string;

  @Field(() => [NodeTraceType], { description: 'Evaluated nodes in pre-order; short-circuited ones are absent.' })
  nodes!: NodeTraceType[];
}

/** What a rule set decided. */
@ObjectType('RoutingDecision')
export class RoutingDecisionType {
  @Field(() => [ID])
  matchedRuleIds!: string[];

  @Field(() => [RoutingActionType])
  actions!: RoutingActionType[];

  @Field()
  usedFallback!: boolean;
}

/** A simulated routing: the decision and the reasons for it. */
@ObjectType('RoutingSimulation')
export class RoutingSimulationType {
  @Field(() => RoutingDecisionType)
  decision!: RoutingDecisionType;

  @Field(() => [RuleTraceType])
  rules!: RuleTraceType[];
}
