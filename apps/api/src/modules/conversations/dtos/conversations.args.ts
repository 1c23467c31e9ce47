import { Max, Min } from 'class-validator';
import { ArgsType, Field, Int } from 'type-graphql';
import { ConversationStatusEnum } from './conversation.type';

/** Relay paging over conversations. */
@ArgsType()
export class ConversationsArgs {
  @Field(() => Int, { defaultValue: 20, description: 'At most 100.' })
  @Min(1)
  @Max(100)
  first!: number;

  @Field(() => String, { nullable: true })
  after?: string | null;

  @Field(() => ConversationStatusEnum, { nullable: true })
  status?: ConversationStatusEnum | null;
}
