import { getOperationAST, GraphQLError, parse, specifiedRules, validate, type ExecutionArgs, type GraphQLSchema, type ValidationRule } from 'graphql';
import type { Context, ServerOptions } from 'graphql-ws';
import type { Extra } from 'graphql-ws/use/ws';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { clientCodeOf, parseFailure, rateLimited, tooManySubscriptions } from './limit-errors';
import type { FormatError } from './format-limited-error';
import type { LimitsConfig } from './limits-config';
import type { OperationCheck } from './operation-checks';
import { createLocalSocketRegistry, type SocketRegistry } from './socket-registry';

/** The per-principal budget, as the rate limiter offers it. */
export type ConsumeBudget = (key: string) => Promise<{ allowed: true } | { allowed: false; retryAfterSeconds: number }>;

/** What the graphql-ws hooks need from the rest of the server. */
export interface WsLimitsInput {
  readonly schema: GraphQLSchema;
  readonly config: LimitsConfig;
  /** specifiedRules are added here; these are the extra ones (armor's caps, no introspection). */
  readonly validationRules: readonly ValidationRule[];
  /** The variable-dependent checks HTTP runs too (limits/operation-checks.ts). */
  readonly checkOperation: OperationCheck;
  readonly formatError: FormatError;
  readonly consume: ConsumeBudget;
  /** Who a socket's request counts against; after `authenticate`, the principal it proved to be. */
  readonly principalKeyOf: (request: IncomingMessage) => string;
  /** The credential check of connection_init (false refuses, having closed the socket itself). */
  readonly authenticate?: (ctx: SocketContext) => Promise<boolean> | boolean;
  /** Where sockets count against MAX_SOCKETS_PER_PRINCIPAL: this instance's count unless given one shared by all. */
  readonly sockets?: SocketRegistry;
}

type SocketContext = Context<Record<string, unknown>, Extra>;

/** Close code for a principal over its socket or request budget (graphql-ws clients do not retry it). */
export const TOO_MANY_CLOSE_CODE = 4429;

type WsHooks = Required<Pick<ServerOptions<Record<string, unknown>, Extra>, 'onConnect' | 'onClose' | 'onSubscribe' | 'onNext' | 'onError'>>;

/**
 * The limits of graphql-ws, where Apollo's options and plugins do not reach: every subscribe
 * message is parsed with the token cap and validated with the same rules as HTTP, spends from the
 * principal's budget, and counts against its socket's cap; sockets count against their principal
 * (on every instance, when the registry is shared through Redis);
 * and every error leaves through the same formatter as HTTP's, so internals are masked here too.
 */
export function createWsLimits(input: WsLimitsInput): WsHooks {
  const { config, formatError } = input;
  const rules = [...specifiedRules, ...input.validationRules];
  const sockets = input.sockets ?? createLocalSocketRegistry();
  const slotOfSocket = new WeakMap<SocketContext, { principal: string; socketId: string }>();
  const refuse = (ctx: SocketContext, reason: string): false => {
    // Closing first sends our code; graphql-ws's own 4403 that follows `false` is then a no-op.
    ctx.extra.socket.close(TOO_MANY_CLOSE_CODE, reason);
    return false;
  };
  const format = (errors: readonly GraphQLError[]) => errors.map((e) => formatError(e.toJSON(), e));

  return {
    async onConnect(ctx) {
      // The budget before the credentials, so a flood of connection_init is refused before any
      // credential is checked; it is the address's budget, as no principal is known yet.
      if (!(await input.consume(input.principalKeyOf(ctx.extra.request))).allowed) return refuse(ctx, 'Too many requests');
      if (input.authenticate && !(await input.authenticate(ctx))) return false;
      // Closed while the credentials were checked: onClose has run already and would never count it out.
      if (ctx.extra.socket.readyState !== ctx.extra.socket.OPEN) return false;
      const slot = { principal: input.principalKeyOf(ctx.extra.request), socketId: randomUUID() };
      if (!(await sockets.acquire(slot.principal, slot.socketId, config.maxSocketsPerPrincipal))) return refuse(ctx, 'Too many connections');
      // Closed while the slot was taken (a Redis round trip): give it back, as onClose never will.
      if (ctx.extra.socket.readyState !== ctx.extra.socket.OPEN) {
        sockets.release(slot.principal, slot.socketId);
        return false;
      }
      slotOfSocket.set(ctx, slot);
      return true;
    },
    onClose(ctx) {
      const slot = slotOfSocket.get(ctx);
      if (!slot) return;
      slotOfSocket.delete(ctx);
      sockets.release(slot.principal, slot.socketId);
    },
    async onSubscribe(ctx, _id, payload) {
      const budget = await input.consume(input.principalKeyOf(ctx.extra.request));
      if (!budget.allowed) return [rateLimited(budget.retryAfterSeconds)];
      // graphql-ws registers the operation before this hook, so it is part of the count.
      if (Object.keys(ctx.subscriptions).length > config.maxSubscriptionsPerSocket) return [tooManySubscriptions(config.maxSubscriptionsPerSocket)];
      let document: ExecutionArgs['document'];
      try {
        document = parse(payload.query, { maxTokens: config.query.tokens });
      } catch (error) {
        return [parseFailure(error)];
      }
      const invalid = validate(input.schema, document, rules, { hideSuggestions: !config.fieldSuggestions });
      if (invalid.length > 0) return invalid.map(withValidationCode);
      if (!getOperationAST(document, payload.operationName)) {
        return [new GraphQLError('Unknown or ambiguous operation name', { extensions: { code: 'OPERATION_RESOLUTION_FAILURE' } })];
      }
      const refused = input.checkOperation(document, payload.operationName, payload.variables);
      if (refused) return [refused];
      const args: ExecutionArgs = { schema: input.schema, document, operationName: payload.operationName, variableValues: payload.variables, hideSuggestions: !config.fieldSuggestions };
      return args;
    },
    onNext(_ctx, _id, _payload, _args, result) {
      return result.errors ? { ...result, errors: format(result.errors.map(withInputCode)) } : undefined;
    },
    onError(_ctx, _id, _payload, errors) {
      return format(errors);
    },
  };
}

// As over HTTP (Apollo, and format-limited-error.ts): client mistakes get a client code.
function withInputCode(error: GraphQLError): GraphQLError {
  const code = clientCodeOf(error);
  if (!code) return error;
  return new GraphQLError(error.message, { nodes: error.nodes, source: error.source, positions: error.positions, extensions: { ...error.extensions, code } });
}

// As over HTTP: a plain validation error is GRAPHQL_VALIDATION_FAILED; a cap keeps its own code.
function withValidationCode(error: GraphQLError): GraphQLError {
  if (error.extensions['code']) return error;
  return new GraphQLError(error.message, { nodes: error.nodes, source: error.source, positions: error.positions, extensions: { ...error.extensions, code: 'GRAPHQL_VALIDATION_FAILED' } });
}
