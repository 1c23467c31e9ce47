import { graphqlEnum } from '../../graphql/graphql-enum';

/** Where a new refresh token travels: an httpOnly cookie (browsers) or the response body (scripts, native apps). */
export const REFRESH_TOKEN_DELIVERIES = ['cookie', 'responseBody'] as const;

/** One of REFRESH_TOKEN_DELIVERIES. */
export type TokenDelivery = (typeof REFRESH_TOKEN_DELIVERIES)[number];

/** The delivery as the schema spells it. */
export const RefreshTokenDelivery = graphqlEnum(
  REFRESH_TOKEN_DELIVERIES,
  'RefreshTokenDelivery',
  'Where signIn puts the refresh token: `cookie`, an httpOnly, SameSite=Strict cookie no script can read (browsers); `responseBody`, the payload’s refreshToken (scripts and native apps, which keep it themselves).',
);
