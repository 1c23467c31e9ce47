import { Field, ObjectType } from 'type-graphql';

/** Relay page info: whether more items follow and the cursor to ask for them with. */
@ObjectType('PageInfo')
export class PageInfoType {
  @Field()
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}
