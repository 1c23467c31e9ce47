import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { clientCodeOf, isQueryTooComplex, parseFailure } from './limit-errors';

/** Apollo's `formatError` shape, also used for graphql-ws. */
export type FormatError = (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;

// graphql-js words every hint as "… Did you mean "x"?" or "… Did you mean the enum value "x"?".
const SUGGESTION = / ?Did you mean [^?]*\?/g;

/**
 * Wraps the API's error formatter (format-error.ts, which masks everything without a public code):
 * - Apollo re-codes every validation error GRAPHQL_VALIDATION_FAILED and every parse error
 *   GRAPHQL_PARSE_FAILED; a cap's error gets its QUERY_TOO_COMPLEX code back, so a client sees the
 *   same answer over HTTP and over graphql-ws.
 * - With suggestions off, hints that graphql-js adds outside validation (variable values coerced
 *   at execution: 'Did you mean the enum value "closed"?') are removed too.
 * - Client mistakes that graphql-js and Apollo leave uncoded get a client code (clientCodeOf)
 *   instead of being masked as internal, and no message is longer than MAX_MESSAGE_LENGTH.
 */
export function formatLimitedError(inner: FormatError, options: { fieldSuggestions: boolean }): FormatError {
  return (formatted, error) => {
    const capped = cappedErrorIn(error);
    const clientCode = !capped && error instanceof GraphQLError ? clientCodeOf(error) : null;
    const recoded = capped
      ? { ...formatted, message: capped.message, extensions: { ...formatted.extensions, ...capped.extensions } }
      : clientCode
        ? { ...formatted, extensions: { ...formatted.extensions, code: clientCode } }
        : formatted;
    const hinted = options.fieldSuggestions ? recoded.message : recoded.message.replace(SUGGESTION, '');
    return inner({ ...recoded, message: shortened(hinted) }, error);
  };
}

// graphql-js quotes a rejected variable's whole value in its message, 50 times for 50 problems:
// 100 KB of variables would come back as megabytes.
const MAX_MESSAGE_LENGTH = 500;
const shortened = (message: string): string => (message.length > MAX_MESSAGE_LENGTH ? `${message.slice(0, MAX_MESSAGE_LENGTH)}…` : message);

function cappedErrorIn(error: unknown): GraphQLError | null {
  if (!(error instanceof GraphQLError)) return null;
  const original = error.originalError;
  if (original instanceof GraphQLError && isQueryTooComplex(original)) return original;
  if (isQueryTooComplex(error)) return error;
  if (error.extensions['code'] === 'GRAPHQL_PARSE_FAILED' && original instanceof GraphQLError) {
    const reparsed = parseFailure(original);
    return isQueryTooComplex(reparsed) ? reparsed : null;
  }
  return null;
}
