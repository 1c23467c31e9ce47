import { ApolloServer } from '@apollo/server';
import { createContext } from '../context';
import { createInProcessEventBus, type EventDelivery } from '../graphql/pubsub';
import { EventStream } from '../modules/outbox/event-stream';
import { OutboxRelay } from '../modules/outbox/outbox-relay';
import type { Principal } from '../modules/identity/principal';
import type { Role } from '../modules/identity/roles';
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

/**
 * Whom an operation runs as: a workspace id alone means its admin; `as: null` sends no
 * credentials at all. Agents default to the demo's first agent (Mikko); integrators get a real
 * API key of the workspace, created on first use.
 */
export type ExecuteAs = string | { readonly as?: Role | null; readonly workspaceId?: string; readonly userId?: string };

/** The seeded demo people's ids under createTestApi's id generator (users are seeded first, in DEMO_USERS order). */
export const TEST_USER_IDS = { admin: '00000000-0000-4000-9000-000000000001', agent: '00000000-0000-4000-9000-000000000002' } as const;

/** The real schema and services over a real, migrated, seeded database. */
export interface TestApi {
  readonly db: TestDatabase;
  readonly services: AppServices;
  /** This instance's live events of a topic in a workspace, as a subscription's feed gets them. */
  events(topic: string, workspaceId: string): AsyncIterableIterator<EventDelivery>;
  /** Publishes the services' outbox events after their commits, as the server's relay does. */
  readonly relay: OutboxRelay;
  readonly workspaceId: string;
  /** Runs an operation as a principal (the demo workspace's admin by default). */
  execute<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, as?: ExecuteAs): Promise<TestResponse<T>>;
  /** The principal `execute` would act as. */
  principalFor(as?: ExecuteAs): Promise<Principal | null>;
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
  const bus = createInProcessEventBus();
  // Commits wake the relay; no timers, so statement counts see only the operation's own (tests call relay.poll()).
  const relay = new OutboxRelay({ dataSource: db.dataSource, bus, clock });
  await relay.start({ timers: false });
  const services = createServices({ dataSource: db.dataSource, outbox: relay, hub: bus, clock, ids });
  const server = new ApolloServer({ schema: await createSchema(), formatError: createFormatError(() => undefined) });
  await server.start();
  const integratorKeys = new Map<string, Promise<string>>();
  const principalFor = async (who: ExecuteAs = {}): Promise<Principal | null> => {
    const { as = 'admin', workspaceId = DEMO_WORKSPACE_ID, userId } = typeof who === 'string' ? { workspaceId: who } : who;
    if (as === null) return null;
    if (as === 'integrator') {
      let key = integratorKeys.get(workspaceId);
      if (!key) {
        key = services.identity.apiKeys.create({ workspaceId, actor: 'test' }, 'Test integrator', 'integrator').then((r) => (r.ok ? r.value.key : Promise.reject(new Error('no key'))));
        integratorKeys.set(workspaceId, key);
      }
      return services.identity.authenticator.authenticate(await key);
    }
    const expiresAt = new Date(clock().getTime() + 15 * 60_000);
    return { kind: 'session', label: `test-${as}`, userId: userId ?? TEST_USER_IDS[as], workspaceId, role: as, expiresAt };
  };
  return {
    db,
    services,
    events: (topic, workspaceId) => {
      const stream = new EventStream<EventDelivery>(() => true);
      stream.onClose(bus.listen(topic, workspaceId, (event) => stream.push(event)));
      return stream;
    },
    relay,
    workspaceId: DEMO_WORKSPACE_ID,
    setNow: (iso) => void (now = new Date(iso)),
    principalFor,
    async execute<T>(query: string, variables?: Record<string, unknown>, as?: ExecuteAs) {
      const contextValue = createContext({ dataSource: db.dataSource, services, principal: await principalFor(as), requestId: 'test' });
      const response = await server.executeOperation({ query, ...(variables ? { variables } : {}) }, { contextValue });
      // A change's events are on the bus when its operation returns, as a client would soon see them.
      await relay.idle();
      if (response.body.kind !== 'single') throw new Error('incremental delivery is not expected');
      return response.body.singleResult as TestResponse<T>;
    },
    dispose: async () => {
      await server.stop();
      await relay.stop();
      await db.dispose();
    },
  };
}
