import type { ApolloClient } from '@apollo/client';
import { BrowserRouter } from 'react-router';
import { AppProviders } from './app-providers';
import { AdminShell } from './app-shell';
import { AppRoutes } from './app-routes';

/** The admin app: providers, the shell and the screens. */
export function App({ client }: { client: ApolloClient }) {
  return (
    <AppProviders client={client}>
      <BrowserRouter>
        <AdminShell>
          <AppRoutes />
        </AdminShell>
      </BrowserRouter>
    </AppProviders>
  );
}
