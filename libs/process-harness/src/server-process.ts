import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HARNESS_AUTH_SECRET, HARNESS_DEMO_PASSWORD } from './credentials';

/** The built API (`npx nx run api:build`): suites and benchmarks run what users run, not its sources. */
export const API_DIST = join(__dirname, '..', '..', '..', 'apps', 'api', 'dist');

/** A server running as its own process. */
export interface ServerProcess {
  readonly baseUrl: string;
  /** ws://…/graphql, for graphql-ws clients. */
  readonly wsUrl: string;
  readonly pid: number;
  readonly output: () => string;
  stop(): Promise<void>;
  /** Sends `signal` and resolves with the exit code (null when a signal ended it). */
  terminate(signal: NodeJS.Signals): Promise<number | null>;
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

/** Throws with the command to run when the API has not been built. */
export function requireBuiltApi(): void {
  if (!existsSync(join(API_DIST, 'main.js'))) throw new Error(`No built API at ${API_DIST}. Run: npx nx run api:build`);
}

/**
 * Starts `node apps/api/dist/main.js` with its own fresh SQLite file (removed on stop) and
 * in-process events: the shell's DATABASE_URL and REDIS_URL (CI sets them for the integration
 * suites) are not passed on unless `env` names them.
 */
export async function startApiProcess(env: Readonly<Record<string, string>> = {}): Promise<ServerProcess> {
  requireBuiltApi();
  const dataDir = mkdtempSync(join(tmpdir(), 'handoff-api-'));
  const removeData = (): void => rmSync(dataDir, { recursive: true, force: true });
  try {
    const auth = { AUTH_SECRET: HARNESS_AUTH_SECRET, DEMO_ADMIN_PASSWORD: HARNESS_DEMO_PASSWORD };
    const server = await startServerProcess([join(API_DIST, 'main.js')], { SQLITE_PATH: join(dataDir, 'handoff.sqlite'), ...auth, ...env });
    return { ...server, stop: async () => (await server.stop(), removeData()) };
  } catch (error) {
    removeData();
    throw error;
  }
}

/** Starts `node <args>` with PORT and HOST set, and waits until GET /health answers. */
export async function startServerProcess(
  args: readonly string[],
  env: Readonly<Record<string, string>>,
  execArgv: readonly string[] = [],
): Promise<ServerProcess> {
  const port = await freePort();
  let output = '';
  const child = spawn(process.execPath, [...execArgv, ...args], {
    env: { ...process.env, DATABASE_URL: '', REDIS_URL: '', ...env, PORT: String(port), HOST: '127.0.0.1' },
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
    wsUrl: `ws://127.0.0.1:${port}/graphql`,
    pid: child.pid ?? 0,
    output: () => output,
    stop: () => stopChild(child),
    terminate: (signal) => terminateChild(child, signal),
  };
}

function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

function terminateChild(child: ChildProcess, signal: NodeJS.Signals): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => {
    child.once('exit', (code) => resolve(code));
    child.kill(signal);
  });
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
