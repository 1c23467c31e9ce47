import { SessionApiError, type SessionApi, type SessionGrant } from './session-api';
import { toSessionRole, type SessionHandle, type SessionState, type SessionTokens, type SignedOutReason } from './session-state';
import { createSessionMarker, type SessionMarker } from './session-marker';
import { localExpiry, refreshDueAt } from './token-lifetime';
import { crossTabLock, REFRESH_LOCK_NAME, type Lock } from './cross-tab-lock';

/** A token this close to expiry is refreshed before it is sent, rather than sent to be refused. */
export const EXPIRY_LEEWAY_MS = 10_000;
/** After a refresh that could not reach the API, try again this much later (the token may still be good). */
export const REFRESH_RETRY_MS = 15_000;

export interface SessionStoreDeps {
  readonly api: SessionApi;
  readonly marker?: SessionMarker;
  readonly now?: () => number;
  /** Serialises every call that sends or replaces the refresh cookie, across the tabs sharing it. */
  readonly lock?: Lock;
}

/** The admin app's session: the access token in memory, the rotating refresh token in the API's httpOnly cookie. */
export type SessionStore = SessionHandle & SessionTokens & { readonly restore: () => Promise<void> };

interface Tokens {
  readonly accessToken: string;
  readonly expiry: number;
}

/**
 * One session per tab. Refreshes are single-flight (concurrent 401s share one refreshSession
 * call: a second call with the same cookie would count as reuse and end every session of the
 * person), happen shortly before expiry, and never resurrect a session signed out meanwhile.
 */
export function createSessionStore({ api, marker = createSessionMarker(), now = Date.now, lock = crossTabLock(REFRESH_LOCK_NAME) }: SessionStoreDeps): SessionStore {
  // A token an older version left readable by scripts: gone from storage now, and revoked at the API.
  const legacyToken = marker.takeLegacyRefreshToken();
  if (legacyToken) void api.revokeStoredToken(legacyToken).catch(() => undefined);
  let state: SessionState = marker.isSet() ? { status: 'restoring' } : { status: 'signedOut', reason: null };
  let tokens: Tokens | null = null;
  let inflight: Promise<string | null> | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Bumped by every sign-in and sign-out: a refresh that started before belongs to a session that is gone.
  let generation = 0;
  const listeners = new Set<() => void>();
  const rotated = new Set<() => void>();

  const publish = (next: SessionState) => {
    state = next;
    listeners.forEach((listener) => listener());
  };

  const end = (reason: SignedOutReason) => {
    clearTimeout(timer);
    tokens = null;
    if (state.status !== 'signedOut' || state.reason !== reason) publish({ status: 'signedOut', reason });
  };

  const schedule = (at: number) => {
    clearTimeout(timer);
    timer = setTimeout(() => void refresh(), Math.max(0, at - now()));
  };

  const adopt = (grant: SessionGrant) => {
    const receivedAt = now();
    const expiry = localExpiry(grant.accessToken, grant.expiresAt, receivedAt);
    const wasSignedIn = tokens !== null;
    tokens = { accessToken: grant.accessToken, expiry };
    marker.set();
    schedule(refreshDueAt(receivedAt, expiry));
    const user = { id: grant.user.id, name: grant.user.name, email: grant.user.email, role: toSessionRole(grant.user.role) };
    const same = state.status === 'signedIn' && JSON.stringify(state.user) === JSON.stringify(user);
    if (!same) publish({ status: 'signedIn', user });
    if (wasSignedIn) rotated.forEach((listener) => listener());
  };

  const trade = async (started: number): Promise<string | null> => {
    if (!marker.isSet()) {
      end(state.status === 'signedIn' ? 'expired' : null);
      return null;
    }
    try {
      const grant = await api.refresh();
      // Signed out (or in as someone else) while this was on its way; signOut revokes what it brought.
      if (started !== generation) return null;
      adopt(grant);
      return grant.accessToken;
    } catch (error) {
      if (started !== generation) return null;
      if (error instanceof SessionApiError && error.kind === 'invalidCredentials') {
        marker.clear();
        end('expired');
        return null;
      }
      // Unreachable API: the cookie was not used up, so try again soon.
      if (state.status === 'restoring') end(null);
      else schedule(now() + REFRESH_RETRY_MS);
      return null;
    }
  };

  const refresh = (): Promise<string | null> => {
    if (!inflight) {
      const started = generation;
      inflight = lock(() => trade(started)).finally(() => {
        inflight = null;
      });
    }
    return inflight;
  };

  // Revokes the cookie's session at the API, which clears the cookie. After a refresh already on its
  // way, so the API never sees a token signed out and then used; and under the lock, so what it sends is the latest.
  const revokeCookie = async (pending: Promise<unknown> | null) => {
    if (pending) await pending.catch(() => null);
    await lock(() => api.signOut()).catch(() => undefined);
  };

  marker.onClearedElsewhere(() => {
    generation++;
    end('signedOut');
  });

  return {
    current: () => state,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    restore: async () => {
      if (state.status === 'restoring') await refresh();
    },
    signIn: async (email, password) => {
      // Under the lock: a refresh another tab has on its way must not land its cookie after ours.
      const grant = await lock(() => api.signIn(email.trim(), password));
      generation++;
      tokens = null;
      adopt(grant);
    },
    signOut: async () => {
      const pending = inflight;
      generation++;
      marker.clear();
      end('signedOut');
      await revokeCookie(pending);
    },
    accessToken: async () => {
      if (state.status === 'restoring') await refresh();
      if (!tokens) return null;
      if (tokens.expiry - now() > EXPIRY_LEEWAY_MS) return tokens.accessToken;
      return refresh();
    },
    refresh,
    expire: () => {
      const pending = inflight;
      generation++;
      marker.clear();
      end('expired');
      // The API refused even a fresh token: retire the cookie too, so nothing (GraphiQL, a reload) signs in with it.
      void revokeCookie(pending);
    },
    onTokenRotated: (listener) => {
      rotated.add(listener);
      return () => rotated.delete(listener);
    },
  };
}
