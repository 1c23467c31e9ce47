import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { ApiRole } from '../roles';
import type { Role } from '../roles';

/** An API key as lists show it: never the key itself. */
@ObjectType('ApiKey')
export class ApiKeyType {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => ApiRole)
  role!: Role;

  @Field({ description: 'The key’s first characters (hk_live_…), to recognise it; not usable as a key.' })
  prefix!: string;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  revokedAt!: Date | null;
}

/** A key for a client app or an integrator. */
@InputType('CreateApiKeyInput')
export class CreateApiKeyInput {
  @Field()
  name!: string;

  @Field(() => ApiRole, { description: 'Usually integrator.' })
  role!: Role;
}

/** The new key: shown here once, then only its prefix. */
@ObjectType('CreateApiKeyPayload')
export class CreateApiKeyPayload {
  @Field({ description: 'Send as `Authorization: Bearer <key>` or `X-Api-Key: <key>`. Store it now: it cannot be shown again.' })
  key!: string;

  @Field(() => ApiKeyType)
  apiKey!: ApiKeyType;
}

/** The key after revocation (effective everywhere within a minute). */
@ObjectType('RevokeApiKeyPayload')
export class RevokeApiKeyPayload {
  @Field(() => ApiKeyType)
  apiKey!: ApiKeyType;
}
