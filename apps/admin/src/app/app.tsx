import type { ApolloClient } from '@apollo/client';
import { BrowserRouter } from 'react-router';
import type { LiveConnection } from '../lib/apollo/live-connection';
import { AppProviders } from './app-providers';
import { AdminShell } from './app-shell';
import { AppRoutes } from './app-routes';

/** The admin app: providers, the shell and the screens. */
export function App({ client, live }: { client: ApolloClient; live: LiveConnection }) {
  return (
    <AppProviders client={client} live={live}>
      <BrowserRouter>
        <AdminShell>
          <AppRoutes />
        </AdminShell>
      </BrowserRouter>
    </AppProviders>
  );
}
