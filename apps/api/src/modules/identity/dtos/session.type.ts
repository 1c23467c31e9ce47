import { Field, ID, InputType, ObjectType } from 'type-graphql';
import type { EnumValue } from '../../../graphql/graphql-enum';
import { UserType } from '../../people/dtos/user.type';
import { RefreshTokenDelivery } from '../refresh-token-delivery';
import { ApiRole } from '../roles';
import type { Role } from '../roles';

/** A new session: a short-lived access token and the refresh token that renews it. */
@ObjectType('SessionPayload')
export class SessionPayload {
  @Field({ description: 'Send as `Authorization: Bearer <accessToken>` (and as connectionParams.authorization on graphql-ws). Expires at expiresAt (~15 minutes).' })
  accessToken!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The next refresh token, when it travels in the response body (refreshTokenDelivery: responseBody, or refreshSession(refreshToken:)): trade it for a new pair with refreshSession; it works once, for up to 30 days. Keep it secret. Null when it travels in the httpOnly cookie.',
  })
  refreshToken!: string | null;

  @Field()
  expiresAt!: Date;

  @Field(() => UserType)
  user!: UserType;
}

/** Sign in to the admin app. */
@InputType('SignInInput')
export class SignInInput {
  @Field()
  email!: string;

  @Field()
  password!: string;

  @Field(() => ID, { nullable: true, description: 'Needed only when the email belongs to people in several workspaces.' })
  workspaceId?: string | null;

  @Field(() => RefreshTokenDelivery, {
    nullable: true,
    description: 'Where the refresh token goes: `cookie` (an httpOnly cookie, for browsers) or `responseBody` (scripts and native apps). Default: `cookie` over HTTP, `responseBody` over graphql-ws, which carries no cookies.',
  })
  refreshTokenDelivery?: EnumValue<typeof RefreshTokenDelivery> | null;
}

/** Whether signing out ended a session. */
@ObjectType('SignOutPayload')
export class SignOutPayload {
  @Field({ description: 'Always true: an unknown or already revoked token is already signed out.' })
  signedOut!: boolean;
}

/** Who the API thinks is asking. */
@ObjectType('Viewer')
export class ViewerType {
  @Field(() => ID)
  workspaceId!: string;

  @Field(() => ApiRole)
  role!: Role;

  @Field(() => UserType, { nullable: true, description: 'The signed-in person; null for API keys.' })
  user!: UserType | null;

  @Field(() => String, { nullable: true, description: 'The API key’s name; null for people.' })
  apiKeyName!: string | null;
}
