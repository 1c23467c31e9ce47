import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLError } from 'graphql';

// Apollo's formatError sees an error but not the request it came from; the plugin below and the
// context function tag each error with its request's id first, and the formatter reads the tag.
const requestIdOfErrorObject = new WeakMap<object, string>();

/** Remembers which request these errors belong to (what format-error.ts reports and logs). */
export function tagErrorsWithRequestId(errors: readonly unknown[], requestId: string): void {
  for (const error of errors) if (typeof error === 'object' && error !== null) requestIdOfErrorObject.set(error, requestId);
}

/** The request id an error was tagged with, also through Apollo's wrapping (`originalError`); null if untagged. */
export function requestIdOfError(error: unknown): string | null {
  for (let candidate = error, depth = 0; typeof candidate === 'object' && candidate !== null && depth < 3; depth++) {
    const id = requestIdOfErrorObject.get(candidate);
    if (id !== undefined) return id;
    candidate = (candidate as { originalError?: unknown }).originalError;
  }
  return null;
}

/** Tags every error of a request, before Apollo formats it (Apollo calls didEncounterErrors first). */
export function errorRequestIdPlugin<TContext extends { readonly requestId: string }>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart({ contextValue }) {
      return {
        async didEncounterErrors({ errors }: { errors: readonly GraphQLError[] }) {
          tagErrorsWithRequestId(errors, contextValue.requestId);
        },
      };
    },
  };
}
