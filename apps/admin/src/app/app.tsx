import type { ApolloClient } from '@apollo/client';
import type { DataRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import type { LiveConnection } from '../lib/apollo/live-connection';
import type { SessionHandle } from '../lib/auth/session-state';
import { AppProviders } from './app-providers';

/**
 * The admin app: providers around the router main.tsx makes from appRoutes() (app-routes.tsx says
 * what is where and who may see it). A data router, so screens can hold navigation with useBlocker.
 */
export function App({ client, live, session, router }: { client: ApolloClient; live: LiveConnection; session: SessionHandle; router: DataRouter }) {
  return (
    <AppProviders client={client} live={live} session={session}>
      <RouterProvider router={router} />
    </AppProviders>
  );
}
