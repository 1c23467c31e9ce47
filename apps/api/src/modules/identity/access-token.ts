import { errors, jwtVerify, SignJWT } from 'jose';
import type { Clock } from '../../shared/clock';
import { isRole, type Role } from './roles';

/** The pinned parameters: a token made any other way is refused. */
export const ACCESS_TOKEN = {
  algorithm: 'HS256',
  issuer: 'handoff-api',
  audience: 'handoff-admin',
  /** The default lifetime (ACCESS_TOKEN_TTL_SECONDS overrides it). */
  ttlSeconds: 15 * 60,
  /**
   * Instances share the secret but not a clock: an expiry a few seconds off between them is
   * forgiven, no more. Every check of a session's end (HTTP, auth checker, sockets) adds the same.
   */
  clockToleranceSeconds: 5,
} as const;

/** What an access token says. */
export interface AccessClaims {
  readonly userId: string;
  /** The person's email, for audit entries. */
  readonly label: string;
  readonly workspaceId: string;
  readonly role: Role;
  /** The token's `exp`; it is refused from ACCESS_TOKEN.clockToleranceSeconds after this. */
  readonly expiresAt: Date;
}

/** The instant a session's access token stops being accepted anywhere. */
export const sessionEndsAt = (expiresAt: Date): number => expiresAt.getTime() + ACCESS_TOKEN.clockToleranceSeconds * 1000;

/**
 * Signs and verifies the short-lived access tokens of admin-app sessions with jose: compact JWS,
 * HS256 only. Verification pins the algorithm, `typ`, issuer and audience, and requires `exp`,
 * `iat` and `sub`; the clock is injected so tests can move time.
 */
export class AccessTokens {
  private readonly key: Uint8Array;

  constructor(
    secret: string,
    private readonly clock: Clock,
    private readonly ttlSeconds: number = ACCESS_TOKEN.ttlSeconds,
  ) {
    this.key = new TextEncoder().encode(secret);
  }

  async sign(claims: Omit<AccessClaims, 'expiresAt'>): Promise<{ token: string; expiresAt: Date }> {
    const iat = Math.floor(this.clock().getTime() / 1000);
    const exp = iat + this.ttlSeconds;
    const token = await new SignJWT({ wsp: claims.workspaceId, role: claims.role, email: claims.label })
      .setProtectedHeader({ alg: ACCESS_TOKEN.algorithm, typ: 'JWT' })
      .setSubject(claims.userId)
      .setIssuer(ACCESS_TOKEN.issuer)
      .setAudience(ACCESS_TOKEN.audience)
      .setIssuedAt(iat)
      .setExpirationTime(exp)
      .sign(this.key);
    return { token, expiresAt: new Date(exp * 1000) };
  }

  /** The claims of a valid token; null for anything else (wrong alg, issuer, audience, expired, forged, malformed). */
  async verify(token: string): Promise<AccessClaims | null> {
    let payload: Record<string, unknown>;
    try {
      ({ payload } = await jwtVerify(token, this.key, {
        algorithms: [ACCESS_TOKEN.algorithm],
        typ: 'JWT',
        issuer: ACCESS_TOKEN.issuer,
        audience: ACCESS_TOKEN.audience,
        requiredClaims: ['exp', 'iat', 'sub'],
        clockTolerance: ACCESS_TOKEN.clockToleranceSeconds,
        currentDate: this.clock(),
      }));
    } catch (error) {
      // Every way a token can be wrong is a JOSEError; anything else is a bug and should surface.
      if (error instanceof errors.JOSEError) return null;
      throw error;
    }
    const { sub, wsp, role, email, exp } = payload;
    if (typeof sub !== 'string' || typeof wsp !== 'string' || !isRole(role) || typeof email !== 'string' || typeof exp !== 'number') return null;
    return { userId: sub, label: email, workspaceId: wsp, role, expiresAt: new Date(exp * 1000) };
  }
}
