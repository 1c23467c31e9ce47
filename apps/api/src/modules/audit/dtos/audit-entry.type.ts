import { DateTimeISOResolver, JSONObjectResolver } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { PageInfoType } from '../../../graphql/page-info.type';

/** One configuration change: who, when, what, and the document before and after. */
@ObjectType('AuditEntry')
export class AuditEntryType {
  @Field(() => ID)
  id!: string;

  @Field()
  actor!: string;

  @Field({ description: 'handoffPolicy, ruleSet, user or team.' })
  entityType!: string;

  @Field()
  entityId!: string;

  @Field({ description: 'What was done, e.g. update, publish, rollback, setAvailability.' })
  action!: string;

  @Field(() => JSONObjectResolver, { nullable: true })
  before!: object | null;

  @Field(() => JSONObjectResolver, { nullable: true })
  after!: object | null;

  @Field(() => DateTimeISOResolver)
  createdAt!: Date;
}

@ObjectType('AuditEntryEdge')
export class AuditEntryEdgeType {
  @Field()
  cursor!: string;

  @Field(() => AuditEntryType)
  node!: AuditEntryType;
}

/** The audit log, newest first. */
@ObjectType('AuditEntryConnection')
export class AuditEntryConnectionType {
  @Field(() => [AuditEntryEdgeType])
  edges!: AuditEntryEdgeType[];

  @Field(() => PageInfoType)
  pageInfo!: PageInfoType;
}
