import type { TypedDocumentNode } from '@apollo/client';
import { print } from 'graphql';
import { SessionRefreshDocument, SessionRevokeStoredTokenDocument, SessionSignInDocument, SessionSignOutDocument, type SessionGrantFragment } from '../../generated/graphql';

/** What signing in or refreshing hands back: a short-lived access token and who (the next refresh token goes into the cookie). */
export type SessionGrant = SessionGrantFragment;

/** Why the API would not give a session: wrong credentials or a dead refresh token, no answer, or anything else. */
export type SessionFailureKind = 'invalidCredentials' | 'network' | 'other';

/** A failed sign-in, refresh or sign-out, with a message a person can read. */
export class SessionApiError extends Error {
  constructor(
    readonly kind: SessionFailureKind,
    message: string,
  ) {
    super(message);
    this.name = 'SessionApiError';
  }
}

/** The API's public session operations; the refresh token travels in the httpOnly cookie, never through this code. */
export interface SessionApi {
  /** Signs in; the API sets the refresh cookie. */
  signIn(email: string, password: string): Promise<SessionGrant>;
  /** Trades the cookie's refresh token for a new session; the API rotates the cookie. */
  refresh(): Promise<SessionGrant>;
  /** Ends the cookie's session; the API clears the cookie. */
  signOut(): Promise<void>;
  /** Revokes a refresh token an older version of the app had stored where scripts could read it. */
  revokeStoredToken(refreshToken: string): Promise<void>;
}

interface GraphQLBody<T> {
  readonly data?: T | null;
  readonly errors?: readonly { message: string; extensions?: { code?: unknown } }[];
}

/**
 * Session operations over plain fetch rather than Apollo: the Apollo link waits for the session
 * to refresh, so a refresh sent through that link would wait for itself.
 */
export function createSessionApi(endpoint: string, fetchImpl: typeof fetch = (...args) => fetch(...args)): SessionApi {
  async function post<T, V>(document: TypedDocumentNode<T, V>, variables: V): Promise<T> {
    let response: Response;
    try {
      response = await fetchImpl(endpoint, {
        method: 'POST',
        // The cookie goes to this origin's API only; it is SameSite=Strict and httpOnly anyway.
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ query: print(document), variables }),
      });
    } catch {
      throw new SessionApiError('network', 'Could not reach the server. Check your connection and try again.');
    }
    const body = (await response.json().catch(() => ({}))) as GraphQLBody<T>;
    const [error] = body.errors ?? [];
    if (error?.extensions?.code === 'UNAUTHENTICATED') throw new SessionApiError('invalidCredentials', 'Wrong email or password.');
    if (error) throw new SessionApiError('other', error.message);
    if (!response.ok || !body.data) throw new SessionApiError(response.status >= 500 ? 'network' : 'other', `The server answered ${response.status}. Try again in a moment.`);
    return body.data;
  }

  return {
    signIn: async (email, password) => (await post(SessionSignInDocument, { input: { email, password, refreshTokenDelivery: 'cookie' } })).signIn,
    refresh: async () => (await post(SessionRefreshDocument, {})).refreshSession,
    signOut: async () => void (await post(SessionSignOutDocument, {})),
    revokeStoredToken: async (refreshToken) => void (await post(SessionRevokeStoredTokenDocument, { refreshToken })),
  };
}
