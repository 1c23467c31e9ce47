import { spawn, spawnSync } from 'node:child_process';
import { connect } from 'node:net';
import { freePort } from '@handoff/process-harness';

/** A Redis server this run started, on 127.0.0.1, with no persistence. */
export interface RedisProcess {
  readonly url: string;
  stop(): Promise<void>;
}

const canConnect = (port: number): Promise<boolean> =>
  new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });

/**
 * Starts a private `redis-server`, so the benchmark's events (on the demo workspace's fixed
 * topic) neither reach nor hear anybody else's instances. Null when redis-server is not installed.
 */
export async function startPrivateRedis(): Promise<RedisProcess | null> {
  if (spawnSync('redis-server', ['--version']).status !== 0) return null;
  const port = await freePort();
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  const deadline = Date.now() + 10_000;
  while (!(await canConnect(port))) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`redis-server on port ${port} did not start`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    url: `redis://127.0.0.1:${port}`,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
