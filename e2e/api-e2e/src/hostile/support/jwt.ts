import { createHmac } from 'node:crypto';

// The API's pinned token parameters (apps/api/src/modules/identity/access-token.ts ACCESS_TOKEN):
// HS256, typ JWT, issuer handoff-api, audience handoff-admin; claims sub, wsp, role, email.
export const TOKEN_ISSUER = 'handoff-api';
export const TOKEN_AUDIENCE = 'handoff-admin';

const base64url = (value: string | Buffer): string => Buffer.from(value).toString('base64url');

/**
 * Signs a compact JWS the way an attacker (or a confused client) might: any header, any claims,
 * HMAC-SHA256/512 with any secret, or no signature at all for `alg: none`. The secret is used as
 * its UTF-8 bytes, as the API's jose key is.
 */
export function signToken(header: Record<string, unknown>, claims: Record<string, unknown>, secret: string): string {
  const signingInput = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(claims))}`;
  const alg = header['alg'];
  if (alg === 'none') return `${signingInput}.`;
  const hash = alg === 'HS512' ? 'sha512' : alg === 'HS384' ? 'sha384' : 'sha256';
  return `${signingInput}.${createHmac(hash, Buffer.from(secret, 'utf8')).update(signingInput).digest('base64url')}`;
}

/** Claims a real session of `workspaceId` would carry, valid now for `ttlSeconds`. */
export function sessionClaims(input: { userId: string; workspaceId: string; role?: string; email?: string; ttlSeconds?: number; now?: number }): Record<string, unknown> {
  const iat = Math.floor((input.now ?? Date.now()) / 1000);
  return {
    sub: input.userId,
    wsp: input.workspaceId,
    role: input.role ?? 'admin',
    email: input.email ?? 'hostile@example.test',
    iss: TOKEN_ISSUER,
    aud: TOKEN_AUDIENCE,
    iat,
    exp: iat + (input.ttlSeconds ?? 600),
  };
}

/** The header the API signs with. */
export const HS256_HEADER = { alg: 'HS256', typ: 'JWT' } as const;

/** The claims of a compact JWS, read without verifying it. */
export function readClaims(token: string): Record<string, unknown> {
  const [, payload] = token.split('.');
  return JSON.parse(Buffer.from(payload ?? '', 'base64url').toString('utf8')) as Record<string, unknown>;
}
