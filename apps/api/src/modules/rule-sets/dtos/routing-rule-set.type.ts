import { DateTimeISOResolver, JSONObjectResolver } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { StoredDocumentProblemType } from '../../policies/dtos/stored-document-problem.type';
import { RoutingActionType } from './routing-action.type';
import { RoutingRuleType } from './routing-rule.type';

/** One published, immutable version of a rule set. */
@ObjectType('RuleSetVersion')
export class RuleSetVersionType {
  @Field(() => Int)
  version!: number;

  @Field(() => DateTimeISOResolver)
  publishedAt!: Date;

  @Field()
  publishedBy!: string;

  @Field(() => JSONObjectResolver, { description: 'The rule set document, as parseRuleSet accepts it.' })
  document!: object;

  @Field(() => [RoutingRuleType])
  rules!: RoutingRuleType[];

  @Field(() => StoredDocumentProblemType, {
    nullable: true,
    description: 'Set when this stored version fails validation: `document` and `rules` are then what routing uses instead (no rules, an empty fallback). Rolling back to it is refused.',
  })
  problem!: StoredDocumentProblemType | null;
}

/** A routing rule set: the draft an admin edits, and the versions published from it. */
@ObjectType('RoutingRuleSet')
export class RoutingRuleSetType {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => JSONObjectResolver, { description: 'The draft document, as parseRuleSet accepts it; send it back to saveRuleSetDraft.' })
  draft!: object;

  @Field(() => [RoutingRuleType], { description: 'The draft’s rules, typed.' })
  rules!: RoutingRuleType[];

  @Field(() => [RoutingActionType], { description: 'The draft’s fallback: what happens when no rule matches.' })
  fallback!: RoutingActionType[];

  @Field({ description: 'firstMatch or collectAll (of the draft).' })
  hitPolicy!: string;

  @Field(() => Int, { description: 'Compare-and-set token of the draft: pass it back as expectedDraftVersion.' })
  draftVersion!: number;

  @Field(() => Int, { nullable: true, description: 'The version routing uses; null when never published.' })
  publishedVersion!: number | null;

  @Field(() => DateTimeISOResolver)
  updatedAt!: Date;

  @Field(() => StoredDocumentProblemType, {
    nullable: true,
    description:
      'Set when the stored draft fails validation (written before a bound existed, or edited by hand): draft, rules, fallback and hitPolicy are then the published version in effect (or an empty rule set), and saveRuleSetDraft with draftVersion replaces the stored draft. Null when the draft is fine.',
  })
  draftProblem!: StoredDocumentProblemType | null;
}
