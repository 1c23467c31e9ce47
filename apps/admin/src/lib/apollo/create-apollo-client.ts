import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { getMainDefinition } from '@apollo/client/utilities';
import { OperationTypeNode } from 'graphql';
import { createClient } from 'graphql-ws';
import { watchLiveConnection, type LiveConnection } from './live-connection';

/** Where the API lives: the same origin that served the app (in `npm run dev`, Vite proxies it). */
export function graphqlEndpoints(location: Pick<Location, 'protocol' | 'host'>): { http: string; ws: string } {
  const wsProtocol = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return { http: `${location.protocol}//${location.host}/graphql`, ws: `${wsProtocol}//${location.host}/graphql` };
}

/** Queries and mutations over HTTP, subscriptions over graphql-ws, one normalised cache; and the socket's state. */
export function createApolloClient(endpoints = graphqlEndpoints(window.location)): { client: ApolloClient; live: LiveConnection } {
  const http = new HttpLink({ uri: endpoints.http });
  // lazy: the socket opens with the first subscription; retryAttempts keeps the board live across API restarts.
  const wsClient = createClient({ url: endpoints.ws, lazy: true, retryAttempts: Infinity });
  const ws = new GraphQLWsLink(wsClient);
  const link = ApolloLink.split(
    ({ query }) => {
      const definition = getMainDefinition(query);
      return definition.kind === 'OperationDefinition' && definition.operation === OperationTypeNode.SUBSCRIPTION;
    },
    ws,
    http,
  );
  const client = new ApolloClient({
    link,
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
  return { client, live: watchLiveConnection(wsClient) };
}
