import type { ApolloServerOptions, ApolloServerPlugin, BaseContext } from '@apollo/server';
import { NoSchemaIntrospectionCustomRule, type GraphQLSchema, type ValidationRule } from 'graphql';
import { armorRules } from './limits/armor-rules';
import { formatLimitedError, type FormatError } from './limits/format-limited-error';
import type { LimitsConfig } from './limits/limits-config';
import { limitsPlugin } from './limits/apollo-plugin';
import { findUnstorableText } from './limits/unstorable-text';
import { createOperationCheck } from './limits/operation-checks';
import { createWsLimits, type WsLimitsInput } from './limits/ws-limits';

/** The limits of one server, built once from the configuration and shared by both transports. */
export interface Limits {
  readonly config: LimitsConfig;
  /** Options for `new ApolloServer(…)`: caps, introspection, suggestions, no batching, CSRF on. */
  readonly apolloOptions: Pick<
    ApolloServerOptions<BaseContext>,
    'introspection' | 'allowBatchedHttpRequests' | 'csrfPrevention' | 'parseOptions' | 'validationOptions' | 'validationRules'
  >;
  /** Apollo plugins: the checks that need the variables (page sizes, nesting), no subscriptions over HTTP. */
  readonly apolloPlugins: readonly ApolloServerPlugin<BaseContext>[];
  /** Wraps format-error.ts so capped documents keep their code and hints follow FIELD_SUGGESTIONS. */
  formatError(inner: FormatError): FormatError;
  /** The graphql-ws hooks: the same caps, budget and error formatting as HTTP, plus socket caps. */
  wsHooks(input: Pick<WsLimitsInput, 'formatError' | 'consume' | 'principalKeyOf' | 'authenticate' | 'sockets'>): ReturnType<typeof createWsLimits>;
}

/**
 * Builds every GraphQL limit from one configuration, so HTTP and graphql-ws cannot drift apart:
 * the same graphql-armor rules, token cap, suggestion and introspection settings on both.
 */
export function createLimits(config: LimitsConfig, schema: GraphQLSchema): Limits {
  const rules: ValidationRule[] = armorRules(config.query);
  const checkCaps = createOperationCheck(schema, config.query);
  const checkOperation: typeof checkCaps = (document, operationName, variables) =>
    findUnstorableText(document, variables) ?? checkCaps(document, operationName, variables);
  return {
    config,
    apolloOptions: {
      // Apollo adds its own introspection rule when this is false.
      introspection: config.introspection,
      allowBatchedHttpRequests: false,
      csrfPrevention: true,
      parseOptions: { maxTokens: config.query.tokens },
      validationOptions: { hideSuggestions: !config.fieldSuggestions },
      validationRules: rules,
    },
    apolloPlugins: [limitsPlugin(checkOperation)],
    formatError: (inner) => formatLimitedError(inner, config),
    wsHooks: (input) =>
      createWsLimits({
        schema,
        config,
        validationRules: config.introspection ? rules : [...rules, NoSchemaIntrospectionCustomRule],
        checkOperation,
        ...input,
      }),
  };
}
