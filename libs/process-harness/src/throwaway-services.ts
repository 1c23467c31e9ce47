import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './server-process';

/**
 * A database or cache process of the test's own, on a spare port, that the test may stop and
 * start again. Fault suites use these; they never touch the machine's shared services.
 */
export interface ThrowawayService {
  readonly url: string;
  readonly port: number;
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stops it for good and deletes its data. */
  destroy(): Promise<void>;
}

const isRoot = (): boolean => process.getuid?.() === 0;

function postgresBin(name: string): string {
  const root = '/usr/lib/postgresql';
  const version = existsSync(root) ? readdirSync(root).sort().at(-1) : undefined;
  if (!version) throw new Error('No PostgreSQL server binaries under /usr/lib/postgresql (Debian package postgresql)');
  return join(root, version, 'bin', name);
}

// PostgreSQL refuses to run as root: as root, run it as the `postgres` user (directly, so that
// signals reach the server itself and not a wrapper).
function postgresUser(): { uid: number; gid: number } | Record<string, never> {
  if (!isRoot()) return {};
  return { uid: Number(execFileSync('id', ['-u', 'postgres']).toString()), gid: Number(execFileSync('id', ['-g', 'postgres']).toString()) };
}

async function waitUntil(ready: () => boolean, what: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!ready()) {
    if (Date.now() > deadline) throw new Error(`${what} did not come up within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function stopChild(child: ChildProcess | null, signal: NodeJS.Signals): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill(signal);
  });
}

/** A fresh `initdb` cluster with trust auth, database `postgres`, user `postgres`. */
export async function startThrowawayPostgres(): Promise<ThrowawayService> {
  const dir = mkdtempSync(join(tmpdir(), 'handoff-pg-'));
  const data = join(dir, 'data');
  const user = postgresUser();
  if ('uid' in user) chownSync(dir, user.uid, user.gid);
  execFileSync(postgresBin('initdb'), ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync'], { stdio: 'pipe', cwd: dir, ...user });
  const port = await freePort();
  let child: ChildProcess | null = null;
  const isReady = (): boolean => {
    try {
      execFileSync(postgresBin('pg_isready'), ['-h', '127.0.0.1', '-p', String(port), '-q']);
      return true;
    } catch {
      return false;
    }
  };
  const start = async (): Promise<void> => {
    const args = ['-D', data, '-p', String(port), '-k', dir, '-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=off'];
    child = spawn(postgresBin('postgres'), args, { stdio: 'ignore', cwd: dir, ...user });
    await waitUntil(isReady, 'PostgreSQL');
  };
  // SIGINT is PostgreSQL's "fast" shutdown: it disconnects clients at once, as a crash or failover would.
  const stop = (): Promise<void> => stopChild(child, 'SIGINT');
  await start();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    start,
    stop,
    destroy: async () => {
      await stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A `redis-server` that keeps nothing on disk. */
export async function startThrowawayRedis(): Promise<ThrowawayService> {
  const port = await freePort();
  let child: ChildProcess | null = null;
  let output = '';
  const start = async (): Promise<void> => {
    output = '';
    child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    await waitUntil(() => output.includes('Ready to accept connections'), 'Redis');
  };
  const stop = (): Promise<void> => stopChild(child, 'SIGKILL');
  await start();
  return { url: `redis://127.0.0.1:${port}`, port, start, stop, destroy: stop };
}
