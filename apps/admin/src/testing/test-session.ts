import type { SessionHandle, SessionState, SessionUser } from '../lib/auth/session-state';

/** The admin most screen tests act as. */
export const TEST_ADMIN: SessionUser = { id: 'user-admin', name: 'Aino Virtanen', email: 'aino@example.com', role: 'admin' };
/** An agent, for what agents may not see or do. */
export const TEST_AGENT: SessionUser = { id: 'user-agent', name: 'Mikko Korhonen', email: 'mikko@example.com', role: 'agent' };

/** A session whose state tests set; signIn and signOut are jest mocks that move it like the real store would. */
export function testSession(initial: SessionState | SessionUser = TEST_ADMIN) {
  let state: SessionState = 'status' in initial ? initial : { status: 'signedIn', user: initial };
  const listeners = new Set<() => void>();
  const set = (next: SessionState) => {
    state = next;
    listeners.forEach((listener) => listener());
  };
  const handle = {
    current: () => state,
    subscribe: (listener: () => void) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    signIn: jest.fn<Promise<void>, [string, string]>(() => Promise.resolve()),
    signOut: jest.fn(async () => set({ status: 'signedOut', reason: 'signedOut' })),
    set,
  } satisfies SessionHandle & Record<string, unknown>;
  return handle;
}
