import { Field, InputType, ObjectType } from 'type-graphql';
import { ArrayMaxSize, IsIn, Matches, MaxLength } from 'class-validator';
import { WEEKDAYS } from '@handoff/domain';

/** One weekly working interval in the person's time zone. */
@ObjectType('WorkingInterval')
export class WorkingIntervalType {
  @Field({ description: 'mon, tue, wed, thu, fri, sat or sun.' })
  day!: string;

  @Field({ description: 'HH:MM, 24-hour, inclusive.' })
  start!: string;

  @Field({ description: 'HH:MM, 24-hour, exclusive. Before `start` means the interval runs past midnight.' })
  end!: string;
}

/** When a person works. */
@ObjectType('WorkingHours')
export class WorkingHoursType {
  @Field({ description: 'IANA time zone, e.g. Europe/Helsinki.' })
  timeZone!: string;

  @Field(() => [WorkingIntervalType])
  intervals!: WorkingIntervalType[];
}

/** A working interval to store. */
@InputType('WorkingIntervalInput')
export class WorkingIntervalInput {
  @Field()
  @IsIn([...WEEKDAYS])
  day!: string;

  @Field()
  @Matches(/^\d{2}:\d{2}$/)
  start!: string;

  @Field()
  @Matches(/^\d{2}:\d{2}$/)
  end!: string;
}

/** Working hours to store. */
@InputType('WorkingHoursInput')
export class WorkingHoursInput {
  @Field()
  @MaxLength(64)
  timeZone!: string;

  @Field(() => [WorkingIntervalInput])
  @ArrayMaxSize(100)
  intervals!: WorkingIntervalInput[];
}
