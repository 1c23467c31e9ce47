import { GraphQLError } from 'graphql';

/** No credentials, or credentials that are not (or no longer) valid. HTTP 401 where the transport allows. */
export function unauthenticated(message = 'Sign in or send an API key: Authorization: Bearer <token>'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}

/** Valid credentials whose role may not do this. */
export function forbidden(message = 'Your role may not do this'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN' } });
}

/**
 * A request naming a workspace its credentials do not belong to: refused before anything runs.
 * It fails the whole request (the context), so it carries its HTTP status (403) rather than 500.
 */
export function wrongWorkspace(): GraphQLError {
  return new GraphQLError('The workspace comes from your credentials; the one named in the request is not yours', { extensions: { code: 'FORBIDDEN', http: { status: 403 } } });
}
