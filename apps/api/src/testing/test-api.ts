import { ApolloServer } from '@apollo/server';
import { createPubSub } from '@graphql-yoga/subscription';
import type { PubSub } from 'type-graphql';
import { createContext } from '../context';
import { createFormatError } from '../graphql/format-error';
import { createSchema } from '../schema';
import { DEMO_WORKSPACE_ID, seedDemoWorkspace } from '../seed/seed-demo-workspace';
import { createServices, type AppServices } from '../services';
import type { Clock } from '../shared/clock';
import { createTestDatabase, type TestDatabase } from './test-databases';

/** A GraphQL response as a client sees it. */
export interface TestResponse<T = Record<string, unknown>> {
  readonly data?: T | null;
  readonly errors?: readonly { message: string; path?: readonly (string | number)[]; extensions?: Record<string, unknown> }[];
}

/** The real schema and services over a real, migrated, seeded database. */
export interface TestApi {
  readonly db: TestDatabase;
  readonly services: AppServices;
  /** The event bus the services publish on, to observe live events. */
  readonly pubSub: PubSub;
  readonly workspaceId: string;
  /** Runs an operation as a client in `workspaceId` (the demo workspace by default). */
  execute<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, workspaceId?: string): Promise<TestResponse<T>>;
  /** Moves the fixed clock. */
  setNow(iso: string): void;
  dispose(): Promise<void>;
}

/** A Tuesday mid-morning in Helsinki: most demo people are at work. */
export const DEFAULT_TEST_NOW = '2026-11-24T08:30:00.000Z';

/** Starts the real schema against a fresh database of the given engine, seeded with the demo workspace. */
export async function createTestApi(engine: 'sqlite' | 'postgres', options: { seed?: boolean } = {}): Promise<TestApi> {
  const db = await createTestDatabase(engine);
  let now = new Date(DEFAULT_TEST_NOW);
  const clock: Clock = () => new Date(now);
  let counter = 0;
  const ids = () => `00000000-0000-4000-9000-${String(++counter).padStart(12, '0')}`;
  if (options.seed !== false) await seedDemoWorkspace(db.dataSource, clock, ids);
  const pubSub = createPubSub();
  const services = createServices({ dataSource: db.dataSource, pubSub, clock, ids });
  const server = new ApolloServer({ schema: await createSchema(pubSub), formatError: createFormatError(() => undefined) });
  await server.start();
  return {
    db,
    services,
    pubSub,
    workspaceId: DEMO_WORKSPACE_ID,
    setNow: (iso) => void (now = new Date(iso)),
    async execute<T>(query: string, variables?: Record<string, unknown>, workspaceId = DEMO_WORKSPACE_ID) {
      const contextValue = createContext({ dataSource: db.dataSource, services, workspaceId, actor: 'test-admin', requestId: 'test' });
      const response = await server.executeOperation({ query, ...(variables ? { variables } : {}) }, { contextValue });
      if (response.body.kind !== 'single') throw new Error('incremental delivery is not expected');
      return response.body.singleResult as TestResponse<T>;
    },
    dispose: async () => {
      await server.stop();
      await db.dispose();
    },
  };
}
