import { GraphQLError, Kind, type ASTNode } from 'graphql';

/** Which cap a document broke, in `extensions.limit`. */
export type QueryLimit = 'depth' | 'aliases' | 'directives' | 'tokens' | 'cost';

/** The codes the limits answer with; all are public (graphql/errors.ts). */
export const LIMIT_CODES = {
  queryTooComplex: 'QUERY_TOO_COMPLEX',
  rateLimited: 'RATE_LIMITED',
  tooManySubscriptions: 'TOO_MANY_SUBSCRIPTIONS',
  payloadTooLarge: 'PAYLOAD_TOO_LARGE',
} as const;

/** A document over one of the caps: the code, which cap, and its value. */
export function queryTooComplex(limit: QueryLimit, max: number, message: string, nodes?: readonly ASTNode[]): GraphQLError {
  // armor words its messages as syntax errors; the document is well-formed, only too big.
  return new GraphQLError(message.replace(/^Syntax Error: /, ''), {
    ...(nodes ? { nodes } : {}),
    extensions: { code: LIMIT_CODES.queryTooComplex, limit, max },
  });
}

/** True for the errors `queryTooComplex` makes. */
export const isQueryTooComplex = (error: unknown): boolean =>
  error instanceof GraphQLError && error.extensions['code'] === LIMIT_CODES.queryTooComplex;

/** Over the per-principal budget; the client may retry after `retryAfterSeconds`. */
export function rateLimited(retryAfterSeconds: number): GraphQLError {
  return new GraphQLError(`Too many requests: retry in ${retryAfterSeconds} s`, {
    extensions: { code: LIMIT_CODES.rateLimited, retryAfterSeconds },
  });
}

/** One socket already carries as many operations as it may. */
export function tooManySubscriptions(max: number): GraphQLError {
  return new GraphQLError(`At most ${max} operations may run at once on one socket`, {
    extensions: { code: LIMIT_CODES.tooManySubscriptions, max },
  });
}

// graphql-js's own wording when `parse(…, { maxTokens })` gives up ("more that" in 16.x, a typo
// that may be fixed); pinned by a test.
const TOO_MANY_TOKENS = /^Syntax Error: Document contains more th(?:an|at) (\d+) tokens\. Parsing aborted\.$/;

/**
 * What a failed parse tells the client: over the token cap is QUERY_TOO_COMPLEX like every other
 * cap; anything else is a plain syntax error.
 */
export function parseFailure(error: unknown): GraphQLError {
  const message = error instanceof Error ? error.message : String(error);
  const tooMany = TOO_MANY_TOKENS.exec(message);
  if (tooMany) return queryTooComplex('tokens', Number(tooMany[1]), `Query token limit of ${tooMany[1]} exceeded.`);
  const where = error instanceof GraphQLError ? { source: error.source, positions: error.positions } : {};
  return new GraphQLError(message, { ...where, extensions: { code: 'GRAPHQL_PARSE_FAILED' } });
}

// graphql-js's words when a request's variables have more than 50 problems.
const TOO_MANY_VARIABLE_ERRORS = 'Too many errors processing variables, error limit reached. Execution aborted.';

/**
 * The code of an error the client caused but nobody coded (graphql-js's and Apollo's own), or null:
 * variables that do not fit their types are BAD_USER_INPUT (Apollo codes the single ones, not
 * graphql-js's "too many"); a refusal Apollo gave an HTTP 4xx status (a persisted-query hash that
 * does not match) is BAD_REQUEST. Errors our code throws are located at fields, never at a variable
 * definition, and carry an originalError, so they never match.
 */
export function clientCodeOf(error: GraphQLError): string | null {
  if (error.extensions['code']) return null;
  // Coercion errors keep the scalar's complaint as originalError; they are still about the variable.
  const [node, ...more] = error.nodes ?? [];
  const badVariable = node?.kind === Kind.VARIABLE_DEFINITION && more.length === 0 && error.message.startsWith(`Variable "$${node.variable.name.value}"`);
  if (badVariable || error.message === TOO_MANY_VARIABLE_ERRORS) return 'BAD_USER_INPUT';
  if (error.originalError) return null;
  const status = (error.extensions['http'] as { status?: unknown } | undefined)?.status;
  return typeof status === 'number' && status >= 400 && status < 500 ? 'BAD_REQUEST' : null;
}
