import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { DestinationEnum } from '../../tickets/dtos/ticket-enums';

/** One of the two places handed-off work goes, as this workspace names it. */
@ObjectType('DestinationSettings')
export class DestinationSettingsType {
  @Field(() => DestinationEnum)
  kind!: DestinationEnum;

  @Field({ description: 'What admins and agents see, e.g. "Support inbox".' })
  name!: string;

  @Field(() => Int)
  version!: number;
}

/** Give a destination the workspace's own name. */
@InputType('RenameDestinationInput')
export class RenameDestinationInput {
  @Field(() => DestinationEnum)
  kind!: DestinationEnum;

  @Field()
  name!: string;
}

/** The destination after the change. */
@ObjectType('RenameDestinationPayload')
export class RenameDestinationPayload {
  @Field(() => DestinationSettingsType)
  destination!: DestinationSettingsType;
}
