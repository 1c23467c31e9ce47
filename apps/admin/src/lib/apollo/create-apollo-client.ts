import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { getMainDefinition } from '@apollo/client/utilities';
import { OperationTypeNode } from 'graphql';
import { createClient } from 'graphql-ws';
import type { SessionHandle, SessionTokens } from '../auth/session-state';
import { createAuthLink } from './auth-link';
import { watchLiveConnection, type LiveConnection } from './live-connection';
import { followSession } from './follow-session';
import { createSocketLink } from './socket-link';

/** Where the API lives: the same origin that served the app (in `npm run dev`, Vite proxies it). */
export function graphqlEndpoints(location: Pick<Location, 'protocol' | 'host'>): { http: string; ws: string } {
  const wsProtocol = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return { http: `${location.protocol}//${location.host}/graphql`, ws: `${wsProtocol}//${location.host}/graphql` };
}

/** graphql-ws's own back-off (1 s, 2 s, 4 s … plus up to 3 s of jitter), for drops we did not cause. */
async function backOff(retries: number): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 2 ** retries * 1000 + Math.floor(Math.random() * 2700 + 300)));
}

/**
 * Queries and mutations over HTTP, subscriptions over graphql-ws, one normalised cache; and the
 * socket's state. Every operation carries the session's access token (see auth-link.ts).
 */
export function createApolloClient(session: SessionHandle & SessionTokens, endpoints = graphqlEndpoints(window.location)): { client: ApolloClient; live: LiveConnection } {
  const http = new HttpLink({ uri: endpoints.http });
  let reconnectAtOnce = false;
  // lazy: the socket opens with the first subscription; retryAttempts keeps the board live across API restarts.
  const wsClient = createClient({
    url: endpoints.ws,
    lazy: true,
    retryAttempts: Infinity,
    // Read at every (re)connection, so a reconnect always presents the newest token.
    connectionParams: async () => {
      const token = await session.accessToken();
      return token ? { authorization: `Bearer ${token}` } : {};
    },
    retryWait: async (retries) => {
      if (reconnectAtOnce) return void (reconnectAtOnce = false);
      await backOff(retries);
    },
  });
  const transport = ApolloLink.split(
    ({ query }) => {
      const definition = getMainDefinition(query);
      return definition.kind === 'OperationDefinition' && definition.operation === OperationTypeNode.SUBSCRIPTION;
    },
    createSocketLink(wsClient),
    http,
  );
  const client = new ApolloClient({
    link: ApolloLink.from([createAuthLink(session), transport]),
    cache: new InMemoryCache({
      typePolicies: {
        // One policy per workspace and it has no id: a singleton, so a save updates every screen.
        HandoffPolicy: { keyFields: [] },
        // Lists the app replaces wholesale on refetch; merging them element-wise would be wrong.
        Query: { fields: { tickets: { keyArgs: ['filter'] } } },
      },
    }),
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
  });
  followSession(session, {
    // The API closes a socket when the token it opened with expires: reopen it with the new one first.
    restartSocket: () => {
      reconnectAtOnce = true;
      wsClient.terminate();
    },
    // Nothing one person saw may show to the next one signing in on this tab.
    forgetData: () => void client.clearStore(),
  });
  return { client, live: watchLiveConnection(wsClient) };
}
