import { randomBytes } from 'node:crypto';

/** The seeded demo admin. */
export const DEMO_ADMIN_EMAIL = 'aino@demo.handoff.dev';

/** The demo people's password on servers the harness starts (DEMO_ADMIN_PASSWORD). */
export const HARNESS_DEMO_PASSWORD = 'harness-demo-password';

/**
 * One signing secret per harness process, shared by every API it starts, so a token from one
 * instance is good on the others (as in production, where instances share AUTH_SECRET).
 */
export const HARNESS_AUTH_SECRET = randomBytes(32).toString('base64url');

/** The HTTP headers that present a credential (an access token or an API key), as every client must. */
export function authorizationHeaders(credential: string): { authorization: string } {
  return { authorization: `Bearer ${credential}` };
}

/** graphql-ws `connectionParams` that present a credential at connection_init. */
export function socketConnectionParams(credential: string): { authorization: string } {
  return { authorization: `Bearer ${credential}` };
}
