import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { mkdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { dirname } from 'node:path';
import { useServer } from 'graphql-ws/use/ws';
import type { DataSource } from 'typeorm';
import { WebSocketServer } from 'ws';
import type { ApiConfig } from './config';
import { createContext, type ApiContext } from './context';
import { createDataSource } from './db/data-source';
import { adminAppRouter } from './http/admin-app';
import { createFormatError } from './graphql/format-error';
import { graphiqlHandler } from './graphql/graphiql';
import { createInProcessEventBus, createRedisEventBus, type EventBus } from './graphql/pubsub';
import { currentRequestId, runInRequestScope } from './graphql/request-scope';
import { createSchema } from './schema';
import { seedDemoWorkspace } from './seed/seed-demo-workspace';
import { createServices } from './services';
import { systemClock, uuidGenerator, type Clock, type IdGenerator } from './shared/clock';
import { resolveWorkspaceId } from './workspace-resolution';

/** A running API: its HTTP server, its database and how to stop it. */
export interface RunningApi {
  readonly httpServer: Server;
  readonly dataSource: DataSource;
  readonly url: string;
  stop(): Promise<void>;
}

/** Test seams: a fixed clock, predictable ids. */
export interface ApiOverrides {
  readonly clock?: Clock;
  readonly ids?: IdGenerator;
}

/**
 * Opens the database and runs pending migrations, seeds the demo workspace into an empty
 * database, then serves GraphQL over HTTP and graphql-ws on the same port.
 */
export async function startApi(config: ApiConfig, overrides: ApiOverrides = {}): Promise<RunningApi> {
  const clock = overrides.clock ?? systemClock;
  const ids = overrides.ids ?? uuidGenerator;
  if (config.database.kind === 'sqlite' && config.database.path !== ':memory:') mkdirSync(dirname(config.database.path), { recursive: true });
  const dataSource = await createDataSource(config.database).initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  if (config.seedDemo) await seedDemoWorkspace(dataSource, clock, ids, { conversations: true });

  const bus: EventBus = config.redisUrl ? createRedisEventBus(config.redisUrl) : createInProcessEventBus();
  const services = createServices({ dataSource, pubSub: bus.pubSub, clock, ids });
  const schema = await createSchema(bus.pubSub);
  const contextFor = async (workspaceHeader: unknown, requestId: string): Promise<ApiContext> =>
    createContext({
      dataSource,
      services,
      workspaceId: await resolveWorkspaceId(dataSource, workspaceHeader),
      actor: 'admin',
      requestId,
    });

  const app = express();
  const httpServer = createServer(app);
  const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql' });
  const wsCleanup = useServer(
    { schema, context: (ctx) => contextFor(ctx.connectionParams?.['workspaceId'], currentRequestId()) },
    wsServer,
  );
  const apollo = new ApolloServer<ApiContext>({
    schema,
    introspection: config.graphiql,
    // Stack traces never reach clients, whatever NODE_ENV says (format-error.ts masks the rest).
    includeStacktraceInErrorResponses: false,
    // Compact JSON: Apollo pretty-prints by default, which costs every response on the hot path.
    stringifyResult: JSON.stringify,
    formatError: createFormatError(({ requestId, error }) => console.error(JSON.stringify({ level: 'error', requestId, error: String(error) }))),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // We send no cache hints; without this Apollo wraps every field resolver to collect them.
      ApolloServerPluginCacheControlDisabled(),
      { serverWillStart: async () => ({ drainServer: async () => void (await wsCleanup.dispose()) }) },
    ],
  });
  await apollo.start();

  app.use((_req, _res, next) => runInRequestScope(next));
  app.get('/health', (_req, res) => void res.json({ status: 'ok' }));
  app.use(
    '/graphql',
    express.json({ limit: '100kb' }),
    expressMiddleware(apollo, { context: async ({ req }) => contextFor(req.headers['x-workspace-id'], currentRequestId()) }),
  );
  if (config.graphiql) app.use('/graphiql', graphiqlHandler());
  if (config.adminDist) app.use(adminAppRouter(config.adminDist));

  await new Promise<void>((resolve) => httpServer.listen(config.port, config.host, resolve));
  const address = httpServer.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  return {
    httpServer,
    dataSource,
    url: `http://localhost:${port}/graphql`,
    stop: async () => {
      await apollo.stop();
      await bus.close();
      await dataSource.destroy();
    },
  };
}
