import { PRESENCE_STATUSES } from '@handoff/domain';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { graphqlEnum, type EnumValue } from '../../../graphql/graphql-enum';
import { WorkingHoursType } from './working-hours.type';

/** Presence, as the GraphQL enum integrators see. */
export const PresenceStatusEnum = graphqlEnum(PRESENCE_STATUSES, 'PresenceStatus', 'A person’s presence as they set it.');
export type PresenceStatusEnum = EnumValue<typeof PresenceStatusEnum>;

/** A person of the workspace. */
@ObjectType('User')
export class UserType {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field()
  email!: string;

  @Field({ description: 'admin or agent.' })
  role!: string;

  @Field(() => PresenceStatusEnum)
  status!: PresenceStatusEnum;

  @Field(() => WorkingHoursType, { nullable: true, description: 'Null means always working.' })
  workingHours!: WorkingHoursType | null;

  @Field(() => Int, { description: 'Open tickets they may hold at once.' })
  capacity!: number;
}
