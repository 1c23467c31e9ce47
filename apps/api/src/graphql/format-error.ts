import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { PUBLIC_ERROR_CODES } from './errors';
import { currentRequestId } from './request-scope';

/** Where masked errors go, so operators can find them by request id. */
export type ErrorLogger = (entry: { requestId: string; error: unknown }) => void;

/**
 * Clients see a code and a request id, never a stack trace, SQL text or file path: errors with a
 * public code pass through without internals; everything else becomes INTERNAL_SERVER_ERROR and is
 * logged with the same request id.
 */
export function createFormatError(log: ErrorLogger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const requestId = currentRequestId();
    const code = formatted.extensions?.['code'];
    if (typeof code === 'string' && PUBLIC_ERROR_CODES.has(code)) {
      const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions: { ...extensions, requestId } };
    }
    log({ requestId, error: unwrapResolverError(error) });
    return {
      message: 'Internal server error',
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
    };
  };
}
