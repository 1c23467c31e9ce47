import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Max, Min, ValidateNested } from 'class-validator';
import { PresenceStatusEnum, UserType } from './user.type';
import { WorkingHoursInput } from './working-hours.type';

/** Change a person's presence, working hours or capacity. Omitted fields are left as they are. */
@InputType('SetUserAvailabilityInput')
export class SetUserAvailabilityInput {
  @Field(() => ID)
  userId!: string;

  @Field(() => PresenceStatusEnum, { nullable: true })
  status?: PresenceStatusEnum;

  @Field(() => WorkingHoursInput, { nullable: true, description: 'Null clears them (always working).' })
  @ValidateNested()
  workingHours?: WorkingHoursInput | null;

  @Field(() => Int, { nullable: true })
  @Min(0)
  @Max(1000)
  capacity?: number;
}

/** The person after the change. */
@ObjectType('SetUserAvailabilityPayload')
export class SetUserAvailabilityPayload {
  @Field(() => UserType)
  user!: UserType;
}
