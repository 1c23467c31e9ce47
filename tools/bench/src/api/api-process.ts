import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

/** The built API (`npx nx run api:build`); the benchmarks run what users run, not its sources. */
export const API_DIST = join(__dirname, '..', '..', '..', '..', 'apps', 'api', 'dist');

/** Ends the run with a hint when the API has not been built. */
export function requireBuiltApi(): void {
  if (!existsSync(join(API_DIST, 'main.js'))) {
    console.error(`No built API at ${API_DIST}. Run: npx nx run api:build`);
    process.exit(1);
  }
}

/** A server running as its own process. */
export interface ServerProcess {
  readonly baseUrl: string;
  readonly pid: number;
  readonly output: () => string;
  stop(): Promise<void>;
}

/** Asks the OS for a port nobody is listening on. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Starts `node apps/api/dist/main.js` on 127.0.0.1 and waits until /health answers. */
export function startApiProcess(env: Readonly<Record<string, string>>): Promise<ServerProcess> {
  return startServerProcess([join(API_DIST, 'main.js')], env);
}

/** Starts `node <args>` with PORT and HOST set, and waits until GET /health answers. */
export async function startServerProcess(args: readonly string[], env: Readonly<Record<string, string>>, execArgv: readonly string[] = []): Promise<ServerProcess> {
  const port = await freePort();
  let output = '';
  const child = spawn(process.execPath, [...execArgv, ...args], {
    env: { ...withoutServices(process.env), GRAPHIQL: 'false', ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Keep only the tail: a long benchmark must not grow this without bound.
  const keep = (chunk: Buffer): void => void (output = (output + chunk.toString()).slice(-20_000));
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitForHealth(baseUrl, child, () => output);
  return {
    baseUrl,
    pid: child.pid ?? 0,
    output: () => output,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
        child.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}

async function waitForHealth(baseUrl: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Server exited with ${child.exitCode}:\n${output()}`);
    try {
      const response = await fetch(`${baseUrl}/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`Server did not become healthy within 30 s:\n${output()}`);
}

/** POSTs a GraphQL operation and returns `data`, throwing on transport or GraphQL errors. */
export async function graphqlPost<T>(baseUrl: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown };
  if (!response.ok || body.errors || body.data === undefined) throw new Error(`GraphQL request failed (${response.status}): ${JSON.stringify(body).slice(0, 500)}`);
  return body.data;
}

/**
 * The shell's database and Redis settings (CI exports both) must not leak into a benchmark
 * server: each setup says which services it uses, and the baseline reads the same SQLite file.
 */
function withoutServices(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { DATABASE_URL: _database, REDIS_URL: _redis, ...rest } = env;
  return rest;
}
