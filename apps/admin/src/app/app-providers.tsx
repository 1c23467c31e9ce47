import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import type { ReactNode } from 'react';
import { LiveConnectionContext, type LiveConnection } from '../lib/apollo/live-connection';
import { SessionContext } from '../lib/auth/session-context';
import type { SessionHandle } from '../lib/auth/session-state';
import { theme } from './theme';

/** Everything a screen expects around it; tests use the same providers with their own client. */
export function AppProviders({ client, live, session, children }: { client: ApolloClient; live: LiveConnection; session: SessionHandle; children: ReactNode }) {
  return (
    <SessionContext.Provider value={session}>
      <ApolloProvider client={client}>
        <LiveConnectionContext.Provider value={live}>
          <MantineProvider theme={theme} defaultColorScheme="light">
            <Notifications position="bottom-right" />
            {children}
          </MantineProvider>
        </LiveConnectionContext.Provider>
      </ApolloProvider>
    </SessionContext.Provider>
  );
}
