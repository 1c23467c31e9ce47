import { SessionApiError, type SessionApi, type SessionGrant } from './session-api';
import { toSessionRole, type SessionHandle, type SessionState, type SessionTokens, type SignedOutReason } from './session-state';
import { createRefreshTokenStorage, type RefreshTokenStorage } from './refresh-token-storage';
import { localExpiry, refreshDueAt } from './token-lifetime';
import { crossTabLock, type Lock } from './cross-tab-lock';

/** A token this close to expiry is refreshed before it is sent, rather than sent to be refused. */
export const EXPIRY_LEEWAY_MS = 10_000;
/** After a refresh that could not reach the API, try again this much later (the token may still be good). */
export const REFRESH_RETRY_MS = 15_000;

export interface SessionStoreDeps {
  readonly api: SessionApi;
  readonly storage?: RefreshTokenStorage;
  readonly now?: () => number;
  /** Serialises refreshes across tabs sharing the refresh token. */
  readonly lock?: Lock;
}

/** The admin app's session: the access token in memory, the rotating refresh token in storage. */
export type SessionStore = SessionHandle & SessionTokens & { readonly restore: () => Promise<void> };

interface Tokens {
  readonly accessToken: string;
  readonly expiry: number;
}

/**
 * One session per tab. Refreshes are single-flight (concurrent 401s share one refreshSession
 * call: a second call with the same refresh token would count as reuse and end every session
 * of the person), happen shortly before expiry, and never resurrect a session signed out meanwhile.
 */
export function createSessionStore({ api, storage = createRefreshTokenStorage(), now = Date.now, lock = crossTabLock('handoff.refreshSession') }: SessionStoreDeps): SessionStore {
  let state: SessionState = storage.read() ? { status: 'restoring' } : { status: 'signedOut', reason: null };
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
    storage.write(grant.refreshToken);
    schedule(refreshDueAt(receivedAt, expiry));
    const user = { id: grant.user.id, name: grant.user.name, email: grant.user.email, role: toSessionRole(grant.user.role) };
    const same = state.status === 'signedIn' && JSON.stringify(state.user) === JSON.stringify(user);
    if (!same) publish({ status: 'signedIn', user });
    if (wasSignedIn) rotated.forEach((listener) => listener());
  };

  const trade = async (started: number): Promise<string | null> => {
    const refreshToken = storage.read();
    if (!refreshToken) {
      end(state.status === 'signedIn' ? 'expired' : null);
      return null;
    }
    try {
      const grant = await api.refresh(refreshToken);
      if (started !== generation) {
        // Signed out (or in as someone else) while this was on its way: retire what it brought.
        void api.signOut(grant.refreshToken).catch(() => undefined);
        return null;
      }
      adopt(grant);
      return grant.accessToken;
    } catch (error) {
      if (started !== generation) return null;
      if (error instanceof SessionApiError && error.kind === 'invalidCredentials') {
        storage.clear();
        end('expired');
        return null;
      }
      // Unreachable API: keep the refresh token (it was not used up) and try again soon.
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

  storage.onClearedElsewhere(() => {
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
      const grant = await api.signIn(email.trim(), password);
      generation++;
      tokens = null;
      adopt(grant);
    },
    signOut: async () => {
      const pending = inflight;
      const refreshToken = storage.read();
      generation++;
      storage.clear();
      end('signedOut');
      // A refresh already sent may still rotate the token: let it finish (it retires what it gets),
      // so the API never sees the old token signed out and then reused.
      if (pending) await pending.catch(() => null);
      if (refreshToken) await api.signOut(refreshToken).catch(() => undefined);
    },
    accessToken: async () => {
      if (state.status === 'restoring') await refresh();
      if (!tokens) return null;
      if (tokens.expiry - now() > EXPIRY_LEEWAY_MS) return tokens.accessToken;
      return refresh();
    },
    refresh,
    expire: () => {
      generation++;
      storage.clear();
      end('expired');
    },
    onTokenRotated: (listener) => {
      rotated.add(listener);
      return () => rotated.delete(listener);
    },
  };
}
