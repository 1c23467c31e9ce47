/** What a signed-in person may do in the admin app; the API decides, the app only hides what would be refused. */
export type SessionRole = 'admin' | 'agent';

/** The signed-in person. */
export interface SessionUser {
  readonly id: string;
  readonly name: string;
  readonly email: string;
  readonly role: SessionRole;
}

/** Why there is no session: never signed in (null), signed out here or in another tab, or it ended (expired, revoked). */
export type SignedOutReason = 'signedOut' | 'expired' | null;

/** The session as screens see it. `restoring`: a stored refresh token is being traded at start-up. */
export type SessionState = { readonly status: 'restoring' } | { readonly status: 'signedOut'; readonly reason: SignedOutReason } | { readonly status: 'signedIn'; readonly user: SessionUser };

/** The role as the API spells it; anything unexpected gets the narrower role, so the app never offers more than it should. */
export function toSessionRole(role: string): SessionRole {
  return role === 'admin' ? 'admin' : 'agent';
}

/** The session, as a store React subscribes to, and the actions on it. */
export interface SessionHandle {
  readonly current: () => SessionState;
  readonly subscribe: (listener: () => void) => () => void;
  /** Throws SessionApiError when the API refuses (wrong email or password) or cannot be reached. */
  readonly signIn: (email: string, password: string) => Promise<void>;
  readonly signOut: () => Promise<void>;
}

/** What the Apollo links need: a usable access token, a way to get a new one, and a way to give up. */
export interface SessionTokens {
  /** A token good for a few more seconds (refreshing first if needed), or null when signed out. */
  readonly accessToken: () => Promise<string | null>;
  /** A new access token from the refresh token, shared by concurrent callers; null when the session is over or the API is unreachable. */
  readonly refresh: () => Promise<string | null>;
  /** The API refused even a fresh token: the session is over. */
  readonly expire: () => void;
  /** Calls back after each refresh with the new access token (sockets authenticated with the old one reconnect). */
  readonly onTokenRotated: (listener: () => void) => () => void;
}
