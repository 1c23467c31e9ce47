import { ArrayMaxSize, ValidateNested } from 'class-validator';
import { DateTimeISOResolver, JSONObjectResolver } from 'graphql-scalars';
import { Field, InputType } from 'type-graphql';
import { RuleSetSourceEnum } from '../../rule-sets/dtos/routing-simulation.type';
import { ChannelEnum } from '../../tickets/dtos/ticket-enums';
import { AgentSignalEnum, ContactInput } from './post-visitor-message.input';

/** A visitor turn to try out before saving anything; nothing is stored, routed or published. */
@InputType('SimulateHandoffInput')
export class SimulateHandoffInput {
  @Field({ description: 'The visitor message, as it would arrive.' })
  text!: string;

  @Field(() => ChannelEnum)
  channel!: string;

  @Field({ nullable: true, description: 'BCP 47 tag, e.g. fi or en-GB.' })
  language?: string;

  @Field(() => ContactInput, { nullable: true })
  @ValidateNested()
  contact?: ContactInput;

  @Field(() => [AgentSignalEnum], { defaultValue: [], description: 'What the AI agent reports with this turn.' })
  @ArrayMaxSize(3)
  signals!: AgentSignalEnum[];

  @Field(() => JSONObjectResolver, {
    nullable: true,
    description: 'A draft policy, in the format updateHandoffPolicy takes. The stored policy when omitted.',
  })
  policy?: Record<string, unknown>;

  @Field(() => RuleSetSourceEnum, { defaultValue: RuleSetSourceEnum.published, description: 'Under condition routing: the rule set’s draft or its published version.' })
  ruleSetSource!: RuleSetSourceEnum;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'The moment to simulate (presence is as it is now; working hours follow this time). Now when omitted.' })
  at?: Date;
}
