import { createClient, type Client } from 'graphql-ws';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { loadConfig } from '../config';
import type { DatabaseConfig } from '../db/data-source';
import { AccessTokens } from '../modules/identity/access-token';
import { UserEntity } from '../modules/people/user.entity';
import { DEMO_WORKSPACE_ID } from '../seed/seed-demo-workspace';
import { startApi, type ApiOverrides, type RunningApi } from '../server';
import { systemClock } from '../shared/clock';
import { createEmptyTestDatabase } from './test-databases';

/** A free TCP port on this machine, for a server started by a test. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** A temp folder for a test's SQLite file, removed by `dispose`. */
export function tempDir(): { path: string; dispose(): void } {
  const path = mkdtempSync(join(tmpdir(), 'handoff-live-'));
  return { path, dispose: () => rmSync(path, { recursive: true, force: true }) };
}

/** The demo people's password in live tests. */
export const LIVE_DEMO_PASSWORD = 'live-test-password';

/**
 * Starts the real server as `npm start` would, from environment variables; `database` replaces
 * what they say (a test's own PostgreSQL schema, which no URL can name), `overrides` are startApi's.
 */
export async function startLiveApi(env: Record<string, string>, options: { database?: DatabaseConfig; overrides?: ApiOverrides } = {}): Promise<RunningApi> {
  const port = await freePort();
  // Warnings and errors only: access-log lines of every request would bury the test report.
  const config = loadConfig({ PORT: String(port), HOST: '127.0.0.1', GRAPHIQL: 'false', LOG_LEVEL: 'warn', DEMO_ADMIN_PASSWORD: LIVE_DEMO_PASSWORD, AUTH_SECRET: LIVE_AUTH_SECRET, ...env });
  return startApi(options.database ? { ...config, database: options.database } : config, options.overrides);
}

// One per test process, shared by every instance it starts (as instances share AUTH_SECRET in production).
const LIVE_AUTH_SECRET = randomBytes(32).toString('base64url');

const tokens = new WeakMap<RunningApi, Promise<string>>();

/**
 * An access token of the demo admin, minted with the test process's signing secret instead of
 * signed in for (sign-in itself is tested on its own). Signing in writes a refresh token, and two
 * instances in one test process sharing a SQLite file must not both write: better-sqlite3 waits
 * for the lock synchronously, which stalls the other instance's open transaction until SQLITE_BUSY.
 */
export function demoAdminToken(api: RunningApi): Promise<string> {
  let token = tokens.get(api);
  if (!token) {
    token = mintDemoAdminToken(api);
    tokens.set(api, token);
  }
  return token;
}

async function mintDemoAdminToken(api: RunningApi): Promise<string> {
  const admin = await api.dataSource.manager.findOneByOrFail(UserEntity, { workspaceId: DEMO_WORKSPACE_ID, email: 'aino@demo.handoff.dev' });
  const signed = await new AccessTokens(LIVE_AUTH_SECRET, systemClock).sign({ userId: admin.id, label: admin.email, workspaceId: admin.workspaceId, role: 'admin' });
  return signed.token;
}

/** Signs in over HTTP and returns the access token. */
export async function signIn(api: RunningApi, email: string, password: string): Promise<string> {
  const query = 'mutation($input: SignInInput!) { signIn(input: $input) { accessToken } }';
  const res = await postGraphQL<{ signIn: { accessToken: string } }>(api, query, { input: { email, password } }, null);
  if (!res.data) throw new Error(`sign-in failed: ${JSON.stringify(res.errors)}`);
  return res.data.signIn.accessToken;
}

/** A graphql-ws client over a real socket to a running API, as the demo admin unless a credential is given. */
export function wsClient(api: RunningApi, credential?: string): Client {
  return createClient({
    url: api.url.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    lazy: false,
    retryAttempts: 0,
    connectionParams: async () => ({ authorization: `Bearer ${credential ?? (await demoAdminToken(api))}` }),
  });
}

/** How a socket closed, as the server said it. */
export interface SocketClose {
  readonly code: number;
  readonly reason: string;
  /** Date.now() when the client saw it. */
  readonly at: number;
}

/** A graphql-ws client with the given credential (no retries), and its socket's close when it comes. */
export function openSocket(api: RunningApi, credential: string): { client: Client; closed: Promise<SocketClose> } {
  let seen: (close: SocketClose) => void = () => undefined;
  const closed = new Promise<SocketClose>((resolve) => (seen = resolve));
  const client = createClient({
    url: api.url.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    lazy: false,
    retryAttempts: 0,
    connectionParams: { authorization: `Bearer ${credential}` },
    // The close is what these tests look at; graphql-ws would otherwise print it (console.error).
    onNonLazyError: () => undefined,
    on: { closed: (event) => seen({ code: (event as { code: number }).code, reason: String((event as { reason?: unknown }).reason ?? ''), at: Date.now() }) },
  });
  return { client, closed };
}

/** A database for a live server of the engine: a temp SQLite file, or a fresh PostgreSQL schema. */
export async function liveDatabase(engine: 'sqlite' | 'postgres'): Promise<{ config: DatabaseConfig; dispose(): Promise<void> }> {
  if (engine === 'sqlite') {
    const dir = tempDir();
    return { config: { kind: 'sqlite', path: join(dir.path, 'live.sqlite') }, dispose: async () => dir.dispose() };
  }
  const db = await createEmptyTestDatabase('postgres');
  return { config: db.config, dispose: () => db.dispose() };
}

/** Creates an API key over HTTP with an admin's credential; returns the key and its id. */
export async function createApiKeyOver(api: RunningApi, adminCredential: string, role: 'admin' | 'agent' | 'integrator' = 'integrator'): Promise<{ key: string; id: string }> {
  const res = await postGraphQL<{ createApiKey: { key: string; apiKey: { id: string } } }>(
    api,
    'mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { key apiKey { id } } }',
    { input: { name: `live ${role}`, role } },
    adminCredential,
  );
  if (!res.data) throw new Error(`createApiKey failed: ${JSON.stringify(res.errors)}`);
  return { key: res.data.createApiKey.key, id: res.data.createApiKey.apiKey.id };
}

/** Runs an operation over HTTP like any client: as the demo admin, as the given credential, or (null) with none. */
export async function postGraphQL<T>(api: RunningApi, query: string, variables?: Record<string, unknown>, credential?: string | null): Promise<{ data?: T; errors?: unknown[] }> {
  const bearer = credential === null ? null : (credential ?? (await demoAdminToken(api)));
  const headers: Record<string, string> = { 'content-type': 'application/json', ...(bearer ? { authorization: `Bearer ${bearer}` } : {}) };
  const response = await fetch(api.url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  return (await response.json()) as { data?: T; errors?: unknown[] };
}

/** A subscription's events and errors so far, and how to end it. */
export interface Collected<T> {
  readonly events: T[];
  readonly errors: unknown[];
  dispose(): void;
}

/** Collects a subscription's events until disposed. */
export function collect<T>(client: Client, query: string, variables?: Record<string, unknown>): Collected<T> {
  const events: T[] = [];
  const errors: unknown[] = [];
  const dispose = client.subscribe<T>({ query, ...(variables ? { variables } : {}) }, { next: (r) => (r.data ? events.push(r.data) : errors.push(r.errors)), error: (e) => errors.push(e), complete: () => undefined });
  return { events, errors, dispose };
}

/** Waits until `condition` holds, checking every `pollMs`; fails after `timeoutMs`. */
export async function until(condition: () => boolean | Promise<boolean>, timeoutMs = 10_000, pollMs = 20): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Not within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}

/**
 * graphql-ws does not acknowledge a subscription, so a test cannot know when the server starts
 * listening. Instead it keeps producing (a handoff every 150 ms) until the wanted event arrives.
 */
export async function produceUntil<T>(produce: () => Promise<T>, received: () => boolean, timeoutMs = 10_000): Promise<T[]> {
  const produced: T[] = [];
  const deadline = Date.now() + timeoutMs;
  while (!received()) {
    if (Date.now() > deadline) throw new Error(`No event within ${timeoutMs} ms`);
    produced.push(await produce());
    const waitUntil = Date.now() + 150;
    while (!received() && Date.now() < waitUntil) await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return produced;
}

/** POSTs an operation with the given credential (null: none) and returns the HTTP status with the body. */
export async function postForStatus(api: RunningApi, query: string, credential: string | null): Promise<{ status: number; body: { data?: unknown; errors?: { extensions?: Record<string, unknown> }[] } }> {
  const headers: Record<string, string> = { 'content-type': 'application/json', ...(credential ? { authorization: `Bearer ${credential}` } : {}) };
  const response = await fetch(api.url, { method: 'POST', headers, body: JSON.stringify({ query }) });
  return { status: response.status, body: (await response.json()) as { data?: unknown; errors?: { extensions?: Record<string, unknown> }[] } };
}
