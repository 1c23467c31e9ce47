import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { WorkingHoursType } from './working-hours.type';

/** Presence, as the GraphQL enum integrators see. */
export enum PresenceStatusEnum {
  online = 'online',
  away = 'away',
  offline = 'offline',
}
registerEnumType(PresenceStatusEnum, { name: 'PresenceStatus', description: 'A person’s presence as they set it.' });

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
