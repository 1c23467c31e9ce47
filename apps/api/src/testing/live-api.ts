import { createClient, type Client } from 'graphql-ws';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { loadConfig } from '../config';
import { startApi, type RunningApi } from '../server';

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

/** Starts the real server as `npm start` would, from environment variables. */
export async function startLiveApi(env: Record<string, string>): Promise<RunningApi> {
  const port = await freePort();
  return startApi(loadConfig({ PORT: String(port), HOST: '127.0.0.1', GRAPHIQL: 'false', ...env }));
}

/** A graphql-ws client over a real socket to a running API. */
export function wsClient(api: RunningApi, workspaceId?: string): Client {
  return createClient({
    url: api.url.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    lazy: false,
    retryAttempts: 0,
    ...(workspaceId ? { connectionParams: { workspaceId } } : {}),
  });
}

/** Runs an operation over HTTP like any client. */
export async function postGraphQL<T>(api: RunningApi, query: string, variables?: Record<string, unknown>): Promise<{ data?: T; errors?: unknown[] }> {
  const response = await fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  return (await response.json()) as { data?: T; errors?: unknown[] };
}

/** Collects a subscription's events until disposed. */
export function collect<T>(client: Client, query: string): { events: T[]; errors: unknown[]; dispose(): void } {
  const events: T[] = [];
  const errors: unknown[] = [];
  const dispose = client.subscribe<T>({ query }, { next: (r) => (r.data ? events.push(r.data) : errors.push(r.errors)), error: (e) => errors.push(e), complete: () => undefined });
  return { events, errors, dispose };
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
