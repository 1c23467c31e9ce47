import { createContext, useContext, useSyncExternalStore } from 'react';
import type { SessionHandle, SessionState, SessionUser } from './session-state';

const SIGNED_OUT: SessionState = { status: 'signedOut', reason: null };

// Outside the app's provider nobody is signed in; signing in there is a bug, so it says so.
const NO_SESSION: SessionHandle = {
  current: () => SIGNED_OUT,
  subscribe: () => () => undefined,
  signIn: () => Promise.reject(new Error('No SessionContext provider')),
  signOut: () => Promise.resolve(),
};

/** Provided by the app (main.tsx's session store) and by renderWithProviders in tests. */
export const SessionContext = createContext<SessionHandle>(NO_SESSION);

/** Sign in and out. */
export function useSession(): SessionHandle {
  return useContext(SessionContext);
}

/** The session's state, re-rendering when it changes. */
export function useSessionState(): SessionState {
  const session = useSession();
  return useSyncExternalStore(session.subscribe, session.current);
}

/** The signed-in person, or null. */
export function useViewer(): SessionUser | null {
  const state = useSessionState();
  return state.status === 'signedIn' ? state.user : null;
}
