import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A built API running as its own process, as a user would start it. */
export interface ApiProcess {
  readonly baseUrl: string;
  /** ws://…/graphql, for graphql-ws clients. */
  readonly wsUrl: string;
  readonly output: () => string;
  stop(): Promise<void>;
}

const MAIN = join(__dirname, '../../../apps/api/dist/main.js');

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

/**
 * Starts `node apps/api/dist/main.js` and waits until /health answers. Each process gets its own
 * fresh SQLite file, removed when it stops, and in-process events: the shell's DATABASE_URL and
 * REDIS_URL (set in CI for the integration suites) are not passed on unless `env` names them.
 */
export async function startApiProcess(env: Record<string, string> = {}): Promise<ApiProcess> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'handoff-e2e-'));
  let output = '';
  const child: ChildProcess = spawn(process.execPath, [MAIN], {
    env: { ...process.env, DATABASE_URL: '', REDIS_URL: '', SQLITE_PATH: join(dataDir, 'handoff.sqlite'), ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const baseUrl = `http://127.0.0.1:${port}`;
  const removeData = () => rmSync(dataDir, { recursive: true, force: true });
  try {
    await waitForHealth(baseUrl, child, () => output);
  } catch (error) {
    removeData();
    throw error;
  }
  return {
    baseUrl,
    wsUrl: `ws://127.0.0.1:${port}/graphql`,
    output: () => output,
    stop: async () => {
      if (child.exitCode === null) {
        await new Promise<void>((resolve) => {
          child.once('exit', () => resolve());
          child.kill('SIGTERM');
        });
      }
      removeData();
    },
  };
}

async function waitForHealth(baseUrl: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`API exited with ${child.exitCode}:\n${output()}`);
    try {
      const response = await fetch(`${baseUrl}/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`API did not become healthy within 20 s:\n${output()}`);
}
