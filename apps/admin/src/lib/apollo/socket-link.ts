import { ApolloLink } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { print } from 'graphql';
import type { Client } from 'graphql-ws';
import { Observable } from 'rxjs';

/** The API closed the subscription socket; `code` says why (4401: sign in again, 4403: revoked or forbidden). */
export class SocketClosedError extends Error {
  constructor(
    readonly code: number,
    readonly reason: string,
  ) {
    super(`The live connection closed (${code}${reason ? `: ${reason}` : ''})`);
    this.name = 'SocketClosedError';
  }
}

const isCloseEvent = (value: unknown): value is { code: number; reason: string } =>
  typeof value === 'object' && value !== null && typeof (value as { code?: unknown }).code === 'number' && 'reason' in value;

/**
 * Subscriptions over graphql-ws, like Apollo's GraphQLWsLink, except that a close keeps its code
 * (GraphQLWsLink folds it into a message), so the auth link can tell "token expired" from a drop.
 */
export function createSocketLink(client: Client): ApolloLink {
  return new ApolloLink(
    (operation) =>
      new Observable((observer) =>
        client.subscribe(
          { query: print(operation.query), variables: operation.variables, operationName: operation.operationName, extensions: operation.extensions },
          {
            next: (result) => observer.next(result as ApolloLink.Result),
            complete: () => observer.complete(),
            error: (error) => {
              if (error instanceof Error) return observer.error(error);
              if (isCloseEvent(error)) return observer.error(new SocketClosedError(error.code, error.reason));
              observer.error(new CombinedGraphQLErrors({ errors: Array.isArray(error) ? error : [error] } as never));
            },
          },
        ),
      ),
  );
}
