import type { SessionHandle, SessionTokens } from '../auth/session-state';

/** What the transport does when the session changes. */
export interface SessionFollower {
  readonly restartSocket: () => void;
  readonly forgetData: () => void;
}

/**
 * Keeps the transport in step with the session: after a refresh the socket reconnects with the new
 * token; when the person signs out (or another person takes the tab) the cache is cleared and the
 * socket closed, so no data or live events of the previous person remain.
 */
export function followSession(session: SessionHandle & SessionTokens, follower: SessionFollower): () => void {
  let userId = signedInUserId(session);
  const stopRotation = session.onTokenRotated(follower.restartSocket);
  const stopState = session.subscribe(() => {
    const next = signedInUserId(session);
    if (next === userId) return;
    const hadUser = userId !== null;
    userId = next;
    if (hadUser) {
      follower.forgetData();
      follower.restartSocket();
    }
  });
  return () => {
    stopRotation();
    stopState();
  };
}

function signedInUserId(session: SessionHandle): string | null {
  const state = session.current();
  return state.status === 'signedIn' ? state.user.id : null;
}
