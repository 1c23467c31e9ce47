/** How long before an access token expires the session refreshes it: a minute, or a fifth of short lifetimes. */
export const REFRESH_LEAD_MS = 60_000;

/**
 * When an access token expires by this browser's clock. The server's `expiresAt` is in the
 * server's clock; a browser clock minutes off would refresh too late (401s) or far too early.
 * The token's own `iat`/`exp` give its lifetime, which is clock-free: count it from receipt.
 */
export function localExpiry(accessToken: string, expiresAt: string, receivedAt: number): number {
  const claims = readClaims(accessToken);
  if (claims && typeof claims.iat === 'number' && typeof claims.exp === 'number' && claims.exp > claims.iat) {
    return receivedAt + (claims.exp - claims.iat) * 1000;
  }
  const serverExpiry = Date.parse(expiresAt);
  return Number.isNaN(serverExpiry) ? receivedAt : serverExpiry;
}

/** When to refresh a token received at `receivedAt` that expires at `expiry` (both local). */
export function refreshDueAt(receivedAt: number, expiry: number): number {
  const lifetime = Math.max(0, expiry - receivedAt);
  return expiry - Math.min(REFRESH_LEAD_MS, lifetime / 5);
}

// Reading (never verifying: the API does that) a JWT's payload.
function readClaims(token: string): { iat?: unknown; exp?: unknown } | null {
  const payload = token.split('.')[1];
  if (!payload) return null;
  try {
    const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
    const claims: unknown = JSON.parse(json);
    return typeof claims === 'object' && claims !== null ? claims : null;
  } catch {
    return null;
  }
}
