/**
 * The admin app's session, borrowed: when this browser signed in to the admin app, the API keeps
 * its refresh token in an httpOnly cookie sent to /graphql. This page trades that cookie for
 * access tokens (refreshSession, no argument) and sends them as `Authorization: Bearer …`, so
 * nobody pastes a token to explore the API.
 */

/**
 * Every page of this origin that sends or replaces the refresh cookie holds this Web Lock while
 * it does, as the admin app does (apps/admin/src/lib/auth/cross-tab-lock.ts, same name): two pages
 * trading one cookie at once would look like theft to the API, which would end the session.
 */
const REFRESH_LOCK_NAME = 'handoff.refreshSession';
/** The admin app's "this browser is signed in" flag; removed when it signs out (apps/admin/src/lib/auth/session-marker.ts). */
const SESSION_MARKER_KEY = 'handoff.session';
/** Refresh this long before the access token expires (a fifth of shorter lifetimes). */
const REFRESH_LEAD_MS = 60_000;
/** A token this close to expiry is refreshed before it is sent. */
const EXPIRY_LEEWAY_MS = 10_000;
const RETRY_MS = 15_000;

const REFRESH = 'mutation GraphiQLSession { refreshSession { accessToken expiresAt user { name role } } }';

/** What the page shows about the session. */
export type SessionStatus =
  | { readonly kind: 'checking' }
  | { readonly kind: 'signedIn'; readonly name: string; readonly role: string }
  | { readonly kind: 'signedOut'; readonly reason: 'none' | 'signedOutElsewhere' | 'unreachable' };

export interface CookieSession {
  /** A good access token (refreshed first if it is about to expire), or null without a session. */
  accessToken(): Promise<string | null>;
  /** Calls back now and on every change of status. */
  watch(listener: (status: SessionStatus) => void): void;
}

interface Grant {
  readonly accessToken: string;
  readonly expiresAt: string;
  readonly user: { readonly name: string; readonly role: string };
}

/** Starts looking for the admin app's session at once. */
export function startCookieSession(endpoint: URL): CookieSession {
  let token: { value: string; expiry: number } | null = null;
  let status: SessionStatus = { kind: 'checking' };
  let inflight: Promise<string | null> | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const listeners = new Set<(status: SessionStatus) => void>();

  const publish = (next: SessionStatus) => {
    status = next;
    listeners.forEach((listener) => listener(status));
  };

  const trade = async (): Promise<string | null> => {
    let grant: Grant | null;
    try {
      const response = await fetch(endpoint, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ query: REFRESH }),
      });
      const body = (await response.json()) as { data?: { refreshSession?: Grant } | null };
      grant = body.data?.refreshSession ?? null;
    } catch {
      // No answer: a token we hold may still be good; try again soon.
      if (!token) publish({ kind: 'signedOut', reason: 'unreachable' });
      timer = setTimeout(() => void refresh(), RETRY_MS);
      return token?.value ?? null;
    }
    if (!grant) {
      token = null;
      publish({ kind: 'signedOut', reason: 'none' });
      return null;
    }
    const receivedAt = Date.now();
    const lifetime = lifetimeMs(grant, receivedAt);
    token = { value: grant.accessToken, expiry: receivedAt + lifetime };
    clearTimeout(timer);
    timer = setTimeout(() => void refresh(), lifetime - Math.min(REFRESH_LEAD_MS, lifetime / 5));
    publish({ kind: 'signedIn', name: grant.user.name, role: grant.user.role });
    return token.value;
  };

  const refresh = (): Promise<string | null> => {
    inflight ??= withLock(trade).finally(() => {
      inflight = null;
    });
    return inflight;
  };

  // The admin app signed in or out in another tab: follow it without a reload.
  window.addEventListener('storage', (event) => {
    if (event.key !== SESSION_MARKER_KEY) return;
    if (event.newValue !== null) {
      if (!token) void refresh();
      return;
    }
    if (!token) return;
    clearTimeout(timer);
    token = null;
    publish({ kind: 'signedOut', reason: 'signedOutElsewhere' });
  });

  void refresh();
  return {
    accessToken: async () => {
      if (token && token.expiry - Date.now() > EXPIRY_LEEWAY_MS) return token.value;
      if (!token && status.kind !== 'checking') return null;
      return refresh();
    },
    watch: (listener) => {
      listeners.add(listener);
      listener(status);
    },
  };
}

async function withLock<T>(task: () => Promise<T>): Promise<T> {
  const locks = navigator.locks as LockManager | undefined;
  if (!locks) return task();
  let result!: T;
  await locks.request(REFRESH_LOCK_NAME, async () => {
    result = await task();
  });
  return result;
}

// The token's own iat/exp give its lifetime whatever this machine's clock says; expiresAt is the server's clock.
function lifetimeMs(grant: Grant, receivedAt: number): number {
  try {
    const payload = grant.accessToken.split('.')[1] ?? '';
    const claims = JSON.parse(atob(payload.replace(/-/g, '+').replace(/_/g, '/'))) as { iat?: unknown; exp?: unknown };
    if (typeof claims.iat === 'number' && typeof claims.exp === 'number' && claims.exp > claims.iat) return (claims.exp - claims.iat) * 1000;
  } catch {
    // Not a JWT we can read: fall back to the server's expiresAt.
  }
  return Math.max(0, Date.parse(grant.expiresAt) - receivedAt);
}
