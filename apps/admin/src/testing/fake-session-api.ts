import type { RefreshTokenStorage } from '../lib/auth/refresh-token-storage';
import { SessionApiError, type SessionApi, type SessionGrant } from '../lib/auth/session-api';

/** A JWT-shaped token whose payload carries iat/exp (seconds), as the API's access tokens do. */
export function fakeJwt(issuedAtMs: number, lifetimeMs: number, label = 'token'): string {
  const encode = (value: object) => btoa(JSON.stringify(value)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
  const iat = Math.floor(issuedAtMs / 1000);
  return `${encode({ alg: 'HS256' })}.${encode({ iat, exp: iat + lifetimeMs / 1000, label })}.signature`;
}

export const FIFTEEN_MINUTES = 15 * 60_000;

/**
 * The API's session operations in memory: refresh tokens rotate (each works once), a reused
 * token fails, and every call is recorded. `clock` is the server's time.
 */
export function fakeSessionApi(clock: () => number = Date.now) {
  let issued = 0;
  const live = new Set<string>();
  const calls: string[] = [];
  const AINO = { id: 'user-aino', name: 'Aino Virtanen', email: 'aino@example.com', role: 'admin' };
  const MIKKO = { id: 'user-mikko', name: 'Mikko Korhonen', email: 'mikko@example.com', role: 'agent' };
  const grant = (user = AINO): SessionGrant => {
    issued += 1;
    const refreshToken = `refresh-${issued}`;
    live.add(refreshToken);
    return {
      accessToken: fakeJwt(clock(), FIFTEEN_MINUTES, `access-${issued}`),
      refreshToken,
      expiresAt: new Date(clock() + FIFTEEN_MINUTES).toISOString(),
      user,
    };
  };
  let gate: Promise<void> = Promise.resolve();
  const api = {
    signIn: jest.fn(async (email: string, password: string) => {
      calls.push(`signIn ${email}`);
      if (password !== 'right-password') throw new SessionApiError('invalidCredentials', 'Wrong email or password.');
      return grant(email.startsWith('mikko') ? MIKKO : AINO);
    }),
    refresh: jest.fn(async (token: string) => {
      calls.push(`refresh ${token}`);
      await gate;
      if (!live.delete(token)) throw new SessionApiError('invalidCredentials', 'Wrong email or password.');
      return grant();
    }),
    signOut: jest.fn(async (token: string) => {
      calls.push(`signOut ${token}`);
      live.delete(token);
    }),
  } satisfies SessionApi;
  return {
    api,
    calls,
    /** Holds refreshes until the returned function is called. */
    holdRefreshes: () => {
      let release!: () => void;
      gate = new Promise((resolve) => (release = resolve));
      return () => release();
    },
    /** Makes a refresh token known to the API, as if issued earlier. */
    issue: (token: string) => void live.add(token),
    isLive: (token: string) => live.has(token),
  };
}

/** Refresh-token storage in memory, with a way to play "another tab signed out". */
export function memoryTokenStorage(initial: string | null = null) {
  let value = initial;
  const clearedElsewhere = new Set<() => void>();
  const storage: RefreshTokenStorage = {
    read: () => value,
    write: (token) => void (value = token),
    clear: () => void (value = null),
    onClearedElsewhere: (listener) => {
      clearedElsewhere.add(listener);
      return () => clearedElsewhere.delete(listener);
    },
  };
  return {
    storage,
    clearInAnotherTab: () => {
      value = null;
      clearedElsewhere.forEach((listener) => listener());
    },
  };
}
