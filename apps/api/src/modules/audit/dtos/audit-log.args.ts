import { Max, Min } from 'class-validator';
import { ArgsType, Field, Int } from 'type-graphql';

/** Relay paging over the audit log. */
@ArgsType()
export class AuditLogArgs {
  @Field(() => Int, { defaultValue: 20, description: 'At most 100.' })
  @Min(1)
  @Max(100)
  first!: number;

  @Field(() => String, { nullable: true })
  after?: string | null;
}
