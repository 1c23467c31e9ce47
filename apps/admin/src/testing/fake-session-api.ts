import { SessionApiError, type SessionApi, type SessionGrant } from '../lib/auth/session-api';
import type { SessionMarker } from '../lib/auth/session-marker';

/** A JWT-shaped token whose payload carries iat/exp (seconds), as the API's access tokens do. */
export function fakeJwt(issuedAtMs: number, lifetimeMs: number, label = 'token'): string {
  const encode = (value: object) => btoa(JSON.stringify(value)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
  const iat = Math.floor(issuedAtMs / 1000);
  return `${encode({ alg: 'HS256' })}.${encode({ iat, exp: iat + lifetimeMs / 1000, label })}.signature`;
}

export const FIFTEEN_MINUTES = 15 * 60_000;

/**
 * The API's session operations in memory, with the browser's refresh cookie: refresh tokens
 * rotate (each works once), a reused token fails, and every call is recorded with the cookie it
 * sent. `clock` is the server's time.
 */
export function fakeSessionApi(clock: () => number = Date.now) {
  let issued = 0;
  const live = new Map<string, SessionGrant['user']>();
  const calls: string[] = [];
  // What the API last set (or cleared) in the browser's cookie jar.
  let cookie: string | null = null;
  const AINO = { id: 'user-aino', name: 'Aino Virtanen', email: 'aino@example.com', role: 'admin' };
  const MIKKO = { id: 'user-mikko', name: 'Mikko Korhonen', email: 'mikko@example.com', role: 'agent' };
  const grant = (user = AINO): SessionGrant => {
    issued += 1;
    cookie = `refresh-${issued}`;
    live.set(cookie, user);
    return { accessToken: fakeJwt(clock(), FIFTEEN_MINUTES, `access-${issued}`), expiresAt: new Date(clock() + FIFTEEN_MINUTES).toISOString(), user };
  };
  let gate: Promise<void> = Promise.resolve();
  const api = {
    signIn: jest.fn(async (email: string, password: string) => {
      calls.push(`signIn ${email}`);
      if (password !== 'right-password') throw new SessionApiError('invalidCredentials', 'Wrong email or password.');
      return grant(email.startsWith('mikko') ? MIKKO : AINO);
    }),
    refresh: jest.fn(async () => {
      // The browser attaches the cookie when the request leaves; the answer replaces it when it lands.
      const sent = cookie;
      calls.push(`refresh ${sent}`);
      await gate;
      const user = sent === null ? undefined : live.get(sent);
      if (sent === null || !user) {
        if (cookie === sent) cookie = null;
        throw new SessionApiError('invalidCredentials', 'Wrong email or password.');
      }
      live.delete(sent);
      return grant(user);
    }),
    signOut: jest.fn(async () => {
      calls.push(`signOut ${cookie}`);
      if (cookie) live.delete(cookie);
      cookie = null;
    }),
    revokeStoredToken: jest.fn(async (token: string) => {
      calls.push(`revoke ${token}`);
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
    /** Puts a live refresh token in the browser's cookie, as if signed in before a reload. */
    issue: (token: string) => {
      live.set(token, AINO);
      cookie = token;
    },
    /** Makes a token known to the API without putting it in the cookie (one an old version stored). */
    issueElsewhere: (token: string) => void live.set(token, AINO),
    /** Puts a token in the cookie that the API no longer accepts. */
    setCookie: (token: string | null) => void (cookie = token),
    cookie: () => cookie,
    isLive: (token: string) => live.has(token),
  };
}

/** The session marker in memory, with a way to play "another tab signed out" and an old version's stored token. */
export function memorySessionMarker(initial = false, legacyRefreshToken: string | null = null) {
  let value = initial;
  let legacy = legacyRefreshToken;
  const clearedElsewhere = new Set<() => void>();
  const marker: SessionMarker = {
    isSet: () => value,
    set: () => void (value = true),
    clear: () => void (value = false),
    onClearedElsewhere: (listener) => {
      clearedElsewhere.add(listener);
      return () => clearedElsewhere.delete(listener);
    },
    takeLegacyRefreshToken: () => {
      const token = legacy;
      legacy = null;
      return token;
    },
  };
  return {
    marker,
    clearInAnotherTab: () => {
      value = false;
      clearedElsewhere.forEach((listener) => listener());
    },
  };
}
