import { Center, Loader } from '@mantine/core';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { signInPath } from '../features/sign-in/adapters/next-path';
import { useSessionState } from '../lib/auth/session-context';

/** Everything inside needs a session: without one, off to sign-in, remembering where the person was going. */
export function RequireSession({ children }: { children: ReactNode }) {
  const state = useSessionState();
  const { pathname, search } = useLocation();
  if (state.status === 'restoring') {
    return (
      <Center mih="100vh">
        <Loader aria-label="Restoring your session" />
      </Center>
    );
  }
  if (state.status === 'signedOut') return <Navigate to={signInPath(`${pathname}${search}`)} replace />;
  return children;
}
