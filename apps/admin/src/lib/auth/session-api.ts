import type { TypedDocumentNode } from '@apollo/client';
import { print } from 'graphql';
import { SessionRefreshDocument, SessionSignInDocument, SessionSignOutDocument, type SessionGrantFragment } from '../../generated/graphql';

/** What signing in or refreshing hands back: a short-lived access token, the next refresh token, and who. */
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

/** The three public session operations of the API. */
export interface SessionApi {
  signIn(email: string, password: string): Promise<SessionGrant>;
  refresh(refreshToken: string): Promise<SessionGrant>;
  signOut(refreshToken: string): Promise<void>;
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
    signIn: async (email, password) => (await post(SessionSignInDocument, { input: { email, password } })).signIn,
    refresh: async (refreshToken) => (await post(SessionRefreshDocument, { refreshToken })).refreshSession,
    signOut: async (refreshToken) => void (await post(SessionSignOutDocument, { refreshToken })),
  };
}
