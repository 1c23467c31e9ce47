import type { ApolloClient } from '@apollo/client';
import { BrowserRouter, Route, Routes } from 'react-router';
import { SIGN_IN_PATH } from '../features/sign-in/adapters/next-path';
import { SignInPage } from '../features/sign-in/sign-in-page';
import type { LiveConnection } from '../lib/apollo/live-connection';
import type { SessionHandle } from '../lib/auth/session-state';
import { AppProviders } from './app-providers';
import { AdminShell } from './app-shell';
import { AppRoutes } from './app-routes';
import { RequireSession } from './require-session';
import { RoleGate } from './role-gate';

/** The admin app: providers; sign-in outside the shell; every screen inside it, for signed-in people only. */
export function App({ client, live, session }: { client: ApolloClient; live: LiveConnection; session: SessionHandle }) {
  return (
    <AppProviders client={client} live={live} session={session}>
      <BrowserRouter>
        <AppFrame />
      </BrowserRouter>
    </AppProviders>
  );
}

/** Sign-in stands alone; everything else needs a session, sits in the shell, and is gated by role. */
function AppFrame() {
  return (
    <Routes>
      <Route path={SIGN_IN_PATH} element={<SignInPage />} />
      <Route
        path="*"
        element={
          <RequireSession>
            <AdminShell>
              <RoleGate>
                <AppRoutes />
              </RoleGate>
            </AdminShell>
          </RequireSession>
        }
      />
    </Routes>
  );
}
