import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { isDatabaseUnavailable } from '../db/is-database-unavailable';
import { PUBLIC_ERROR_CODES } from './errors';
import { randomUUID } from 'node:crypto';
import { requestIdOfError } from './error-request-ids';

/** Where masked errors go, so operators can find them by request id. */
export type ErrorLogger = (entry: { requestId: string; error: unknown }) => void;

/**
 * Clients see a code and a request id, never a stack trace, SQL text or file path: errors with a
 * public code pass through without internals; a lost database becomes DATABASE_UNAVAILABLE;
 * everything else becomes INTERNAL_SERVER_ERROR. Both are logged with the same request id.
 */
export function createFormatError(log: ErrorLogger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    // Untagged: an error Apollo raised before any context existed (a malformed HTTP request).
    const requestId = requestIdOfError(error) ?? randomUUID();
    const code = formatted.extensions?.['code'];
    if (typeof code === 'string' && PUBLIC_ERROR_CODES.has(code)) {
      const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions: { ...extensions, requestId } };
    }
    const cause = unwrapResolverError(error);
    log({ requestId, error: cause });
    // An outage is not the client's fault nor a bug, and retrying later helps: say so, with a code.
    if (isDatabaseUnavailable(cause)) {
      return { message: 'The database is unavailable; try again shortly', extensions: { code: 'DATABASE_UNAVAILABLE', requestId } };
    }
    return {
      message: 'Internal server error',
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
    };
  };
}
