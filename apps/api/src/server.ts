import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { Server } from 'node:http';
import { createServer } from 'node:http';
import type { ApiConfig } from './config';
import { createSchema } from './schema';

/** A running API: its HTTP server and how to stop it. */
export interface RunningApi {
  readonly httpServer: Server;
  readonly url: string;
  stop(): Promise<void>;
}

/** Builds the schema, mounts GraphQL at /graphql and a health probe at /health, and listens. */
export async function startApi(config: ApiConfig): Promise<RunningApi> {
  const app = express();
  const httpServer = createServer(app);
  const apollo = new ApolloServer({ schema: await createSchema() });
  await apollo.start();
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.use('/graphql', express.json({ limit: '100kb' }), expressMiddleware(apollo));
  await new Promise<void>((resolve) => httpServer.listen(config.port, config.host, resolve));
  const address = httpServer.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  return {
    httpServer,
    url: `http://localhost:${port}/graphql`,
    stop: async () => {
      await apollo.stop();
      await new Promise<void>((resolve) => httpServer.close(() => resolve()));
    },
  };
}
