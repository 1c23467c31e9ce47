import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { OperationCheck } from './operation-checks';

/**
 * The limits Apollo's options cannot express, applied once the operation is known and before it
 * runs (an error thrown from `didResolveOperation` is what Apollo answers, as it is, with its
 * HTTP status): the variable-dependent checks, and no subscriptions over HTTP, which has no way to
 * deliver their events (graphql-ws serves them on the same URL).
 */
export function limitsPlugin(check: OperationCheck): ApolloServerPlugin<BaseContext> {
  return {
    requestDidStart: async () => ({
      didResolveOperation: async ({ document, operationName, operation, request }) => {
        if (operation?.operation === 'subscription') {
          throw new GraphQLError('Subscriptions are served over graphql-ws on this URL, not over HTTP', { extensions: { code: 'BAD_REQUEST', http: { status: 400 } } });
        }
        const error = check(document, operationName, request.variables);
        if (error) throw new GraphQLError(error.message, { extensions: { ...error.extensions, http: { status: 400 } } });
      },
    }),
  };
}
