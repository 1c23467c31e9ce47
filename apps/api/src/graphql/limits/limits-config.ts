import { readFlag, readInteger } from './read-env';

type Env = Readonly<Record<string, string | undefined>>;

/** Caps on one GraphQL document, the same on HTTP and over graphql-ws. */
export interface QueryCaps {
  readonly depth: number;
  readonly aliases: number;
  readonly directives: number;
  readonly tokens: number;
  readonly cost: number;
}

/** Everything the limits need to know, read once at boot. */
export interface LimitsConfig {
  readonly query: QueryCaps;
  /** Allow `__schema`/`__type` queries (GraphiQL needs them). */
  readonly introspection: boolean;
  /** Keep graphql-js's "Did you mean …?" hints in error messages. */
  readonly fieldSuggestions: boolean;
  /** Largest HTTP body and largest graphql-ws frame, in bytes. */
  readonly maxRequestBytes: number;
  readonly maxSubscriptionsPerSocket: number;
  readonly maxSocketsPerPrincipal: number;
}

/**
 * Defaults with room above what the admin app and the benchmarks send (deepest: 7 levels; costliest:
 * one page of 100 tickets with owner → teams → members, about 13,200), and well below abuse.
 */
export const DEFAULT_LIMITS: LimitsConfig = {
  query: { depth: 10, aliases: 15, directives: 20, tokens: 2_000, cost: 20_000 },
  introspection: true,
  fieldSuggestions: true,
  maxRequestBytes: 100 * 1024,
  maxSubscriptionsPerSocket: 25,
  maxSocketsPerPrincipal: 50,
};

/** Reads the MAX_* caps, INTROSPECTION and FIELD_SUGGESTIONS (both follow GRAPHIQL when unset). */
export function readLimitsConfig(env: Env, graphiql: boolean, problems: string[]): LimitsConfig {
  const d = DEFAULT_LIMITS;
  const introspection = readFlag(env, 'INTROSPECTION', graphiql, problems);
  if (graphiql && !introspection) problems.push('INTROSPECTION=false leaves GraphiQL without a schema: set GRAPHIQL=false too');
  return {
    query: {
      depth: readInteger(env, 'MAX_QUERY_DEPTH', d.query.depth, problems, 1),
      aliases: readInteger(env, 'MAX_QUERY_ALIASES', d.query.aliases, problems, 0),
      directives: readInteger(env, 'MAX_QUERY_DIRECTIVES', d.query.directives, problems, 0),
      tokens: readInteger(env, 'MAX_QUERY_TOKENS', d.query.tokens, problems, 10),
      cost: readInteger(env, 'MAX_QUERY_COST', d.query.cost, problems, 1),
    },
    introspection,
    fieldSuggestions: readFlag(env, 'FIELD_SUGGESTIONS', graphiql, problems),
    maxRequestBytes: readInteger(env, 'MAX_REQUEST_BYTES', d.maxRequestBytes, problems, 1024),
    maxSubscriptionsPerSocket: readInteger(env, 'MAX_SUBSCRIPTIONS_PER_SOCKET', d.maxSubscriptionsPerSocket, problems, 1),
    maxSocketsPerPrincipal: readInteger(env, 'MAX_SOCKETS_PER_PRINCIPAL', d.maxSocketsPerPrincipal, problems, 1),
  };
}
