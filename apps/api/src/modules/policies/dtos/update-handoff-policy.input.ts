import { Min } from 'class-validator';
import { JSONObjectResolver } from 'graphql-scalars';
import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { HandoffPolicyType } from './handoff-policy.type';

/** Replace the handoff policy, if nobody changed it since `expectedVersion`. */
@InputType('UpdateHandoffPolicyInput')
export class UpdateHandoffPolicyInput {
  @Field(() => Int)
  @Min(0)
  expectedVersion!: number;

  @Field(() => JSONObjectResolver, {
    description: 'The policy document (see HandoffPolicy.document); condition routing names its rule set by `assignment.ruleSetId`.',
  })
  policy!: Record<string, unknown>;
}

@ObjectType('UpdateHandoffPolicyPayload')
export class UpdateHandoffPolicyPayload {
  @Field(() => HandoffPolicyType)
  policy!: HandoffPolicyType;
}
