import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { dirname } from 'node:path';
import { useServer } from 'graphql-ws/use/ws';
import type { DataSource } from 'typeorm';
import { WebSocketServer } from 'ws';
import type { ApiConfig } from './config';
import { createContext, type ApiContext } from './context';
import { createDataSource } from './db/data-source';
import { adminAppRouter } from './http/admin-app';
import { rejectIllFormedStrings } from './http/reject-ill-formed-strings';
import { createRateLimiter, principalKeyOf, rateLimitMiddleware } from './http/rate-limit';
import { createLimits } from './graphql/limits';
import { openRedisSocketRegistry } from './graphql/limits/redis-socket-registry';
import { createLocalSocketRegistry } from './graphql/limits/socket-registry';
import { bodyErrors, jsonBody } from './graphql/limits/json-body';
import { createFormatError } from './graphql/format-error';
import { graphiqlHandler } from './graphql/graphiql';
import { createInProcessEventBus, createRedisEventBus, type EventBus } from './graphql/pubsub';
import { OutboxRelay } from './modules/outbox/outbox-relay';
import { OutboxRepository } from './modules/outbox/outbox.repository';
import { graphqlMetricsPlugin } from './observability/graphql-metrics';
import { databaseCheck, operationsRouter } from './observability/health';
import { metricsRouter } from './observability/metrics-access';
import { createLogger, type Logger } from './observability/logger';
import { requestLogging } from './observability/request-logging';
import { errorRequestIdPlugin, tagErrorsWithRequestId } from './graphql/error-request-ids';
import { requestIdOf } from './http/request-id';
import { createSchema } from './schema';
import { seedDemoWorkspace } from './seed/seed-demo-workspace';
import { createServices } from './services';
import { loadAuthSecret } from './modules/identity/auth-secret';
import { credentialFromHeaders } from './modules/identity/credentials';
import { refreshCookieJar, type RefreshCookieJar } from './modules/identity/refresh-cookie';
import { createRequestAuthentication } from './modules/identity/request-authentication';
import { createSocketAuth } from './modules/identity/socket-auth';
import { systemClock, uuidGenerator, type Clock, type IdGenerator } from './shared/clock';
import { localAdminPrincipal, resolvePrincipal } from './workspace-resolution';

/** A running API: its HTTP server, its database and how to stop it. */
export interface RunningApi {
  readonly httpServer: Server;
  readonly dataSource: DataSource;
  readonly url: string;
  stop(): Promise<void>;
  /** SIGTERM: report not ready for `delayMs` while still serving, then stop (which drains). */
  drain(delayMs: number): Promise<void>;
}

/** Test seams: a fixed clock, predictable ids, where logs go. */
export interface ApiOverrides {
  readonly clock?: Clock;
  readonly ids?: IdGenerator;
  readonly logger?: Logger;
  /** How often sockets opened with an API key recheck it (API_KEY_RECHECK_MS by default). */
  readonly apiKeyRecheckMs?: number;
}

/**
 * Opens the database and runs pending migrations, seeds the demo workspace into an empty
 * database, then serves GraphQL over HTTP and graphql-ws on the same port.
 */
export async function startApi(config: ApiConfig, overrides: ApiOverrides = {}): Promise<RunningApi> {
  const clock = overrides.clock ?? systemClock;
  const ids = overrides.ids ?? uuidGenerator;
  const logger = overrides.logger ?? createLogger(config.logLevel);
  if (config.database.kind === 'sqlite' && config.database.path !== ':memory:') mkdirSync(dirname(config.database.path), { recursive: true });
  const dataSource = await createDataSource(config.database).initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  const authSecret = loadAuthSecret(config.auth);
  if (config.seedDemo && (await seedDemoWorkspace(dataSource, clock, ids, { conversations: true, password: config.auth.demoAdminPassword }))) {
    logger.info(`Demo workspace seeded. Sign in as aino@demo.handoff.dev (admin) or mikko@demo.handoff.dev (agent) with password "${config.auth.demoAdminPassword}" (DEMO_ADMIN_PASSWORD).`);
  }
  if (!config.auth.required) logger.warn('AUTH_REQUIRED=false: requests without credentials act as the demo admin. Never use this outside a local demo.');

  // Events: services write them to the outbox in their transactions; the relay publishes on the bus.
  const stream = await new OutboxRepository(dataSource.manager).streamId();
  const bus: EventBus = config.redisUrl ? createRedisEventBus(config.redisUrl, stream) : createInProcessEventBus();
  const relay = new OutboxRelay({ dataSource, bus, clock, logger });
  const services = createServices({ dataSource, outbox: relay, hub: bus, clock, ids, authSecret, accessTokenTtlSeconds: config.auth.accessTokenTtlSeconds, logger });
  const schema = await createSchema();
  const { authenticator } = services.identity;
  const anonymous = () => (config.auth.required ? Promise.resolve(null) : localAdminPrincipal(dataSource, clock()));
  const socketAuth = createSocketAuth({ authenticator, now: () => clock().getTime(), anonymous, ...(overrides.apiKeyRecheckMs ? { recheckMs: overrides.apiKeyRecheckMs } : {}) });
  const requestAuth = createRequestAuthentication(authenticator);
  const contextFor = async (request: IncomingMessage, refreshCookie: RefreshCookieJar): Promise<ApiContext> => {
    const requestId = requestIdOf(request);
    try {
      const principal = await resolvePrincipal({
        credential: credentialFromHeaders(request.headers),
        requestedWorkspace: request.headers['x-workspace-id'],
        authenticator: { authenticate: () => requestAuth.authenticate(request) },
        anonymous,
      });
      return createContext({ dataSource, services, principal, requestId, refreshCookie });
    } catch (error) {
      // Apollo answers a failed context without running plugins: tag it here for format-error.ts.
      tagErrorsWithRequestId([error], requestId);
      throw error;
    }
  };

  // Limits (graphql/limits.ts): one set of caps for HTTP and graphql-ws, one budget per principal.
  const limits = createLimits(config.limits, schema);
  const rateLimiter = createRateLimiter(config.rateLimit, config.redisUrl);
  // Budgets are per authenticated principal (HTTP: authenticated just before limiting; sockets: once connection_init passed), else per address.
  const keyOf = (request: IncomingMessage): string =>
    principalKeyOf(request, config.rateLimit.trustedProxyHops, requestAuth.principalOf(request) ?? socketAuth.principalOfRequest(request));
  const logError = ({ requestId, error }: { requestId: string; error: unknown }): void => logger.error({ requestId, err: error }, 'request failed');
  const formatError = limits.formatError(createFormatError(logError));
  // MAX_SOCKETS_PER_PRINCIPAL across instances with Redis (per database, as the event channel), else per instance.
  const sockets = config.redisUrl
    ? await openRedisSocketRegistry({ url: config.redisUrl, namespace: stream, leaseMs: config.socketLeaseSeconds * 1_000, logger })
    : createLocalSocketRegistry();
  const wsLimits = limits.wsHooks({ formatError, consume: (key) => rateLimiter.consume(key), principalKeyOf: keyOf, authenticate: socketAuth.onConnect, sockets });

  const app = express();
  // No ETag on res.send: GraphQL answers are POSTs nobody revalidates, and hashing each one costs
  // the read path (the admin app's files keep express.static's own ETags).
  app.set('etag', false);
  const httpServer = createServer(app);
  const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql', maxPayload: config.limits.maxRequestBytes });
  const wsCleanup = useServer(
    {
      schema,
      // onConnect: the address's budget, then socketAuth's credential check, then the principal's socket cap.
      ...wsLimits,
      // Whatever NODE_ENV says: otherwise graphql-ws puts internal error messages in close reasons.
      isProd: true,
      context: (ctx) =>
        createContext({ dataSource, services, principal: socketAuth.principalOf(ctx), requestId: randomUUID() }),
    },
    wsServer,
  );
  const apollo = new ApolloServer<ApiContext>({
    schema,
    ...limits.apolloOptions,
    // Stack traces never reach clients, whatever NODE_ENV says (format-error.ts masks the rest).
    includeStacktraceInErrorResponses: false,
    // Compact JSON: Apollo pretty-prints by default, which costs every response on the hot path.
    stringifyResult: JSON.stringify,
    formatError,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // We send no cache hints; without this Apollo wraps every field resolver to collect them.
      ApolloServerPluginCacheControlDisabled(),
      graphqlMetricsPlugin(),
      errorRequestIdPlugin<ApiContext>(),
      { serverWillStart: async () => ({ drainServer: async () => void (await wsCleanup.dispose()) }) },
      ...limits.apolloPlugins,
    ],
  });
  await apollo.start();

  app.use(requestLogging(logger));
  let draining = false;
  const acceptingWork = {
    name: 'accepting work',
    check: async () => {
      if (draining) throw new Error('shutting down');
    },
  };
  const readiness = [acceptingWork, databaseCheck(dataSource), ...(config.redisUrl ? [{ name: 'redis', check: () => bus.ping() }] : [])];
  app.use(operationsRouter(readiness, logger));
  app.use(metricsRouter(config.metrics, config.rateLimit.trustedProxyHops));
  app.use(
    '/graphql',
    requestAuth.middleware,
    rateLimitMiddleware(rateLimiter, keyOf),
    ...jsonBody(config.limits.maxRequestBytes),
    bodyErrors(config.limits.maxRequestBytes, logError),
    rejectIllFormedStrings(),
    expressMiddleware(apollo, { context: async ({ req, res }) => contextFor(req, refreshCookieJar(req, res, config.rateLimit.trustedProxyHops)) }),
  );
  if (config.graphiql) app.use('/graphiql', graphiqlHandler());
  if (config.adminDist) app.use(adminAppRouter(config.adminDist));

  await relay.start();
  await new Promise<void>((resolve) => httpServer.listen(config.port, config.host, resolve));
  const address = httpServer.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  // Apollo's drain plugin stops the listener, lets in-flight requests finish and closes sockets.
  const stop = async (): Promise<void> => {
    await apollo.stop();
    await relay.stop();
    await sockets.close();
    await rateLimiter.close();
    await bus.close();
    await dataSource.destroy();
  };
  return {
    httpServer,
    dataSource,
    url: `http://localhost:${port}/graphql`,
    stop,
    drain: async (delayMs) => {
      draining = true;
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      await stop();
    },
  };
}
