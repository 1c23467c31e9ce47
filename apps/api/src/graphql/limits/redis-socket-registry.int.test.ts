import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { createLogger } from '../../observability/logger';
import { freePort } from '../../testing/live-api';
import { openRedisSocketRegistry } from './redis-socket-registry';
import type { SocketRegistry } from './socket-registry';

const redisUrl = process.env['REDIS_URL'] ?? (process.env['CI'] ? undefined : 'redis://127.0.0.1:6379');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Registries of one deployment (one namespace) on the shared Redis, as instances behind a load balancer. */
function deployment(leaseMs = 30_000) {
  if (!redisUrl) throw new Error('REDIS_URL must be set when CI is set');
  const url = redisUrl;
  const namespace = `test-${randomUUID()}`;
  const opened: SocketRegistry[] = [];
  const redis = new Redis(url);
  return {
    key: (principal: string) => `handoff:sockets:${namespace}:${principal}`,
    redis,
    instance: async () => {
      const registry = await openRedisSocketRegistry({ url, namespace, leaseMs, logger: createLogger('silent') });
      opened.push(registry);
      return registry;
    },
    dispose: async () => {
      await Promise.all(opened.map((registry) => registry.close()));
      redis.disconnect();
    },
  };
}

describe('openRedisSocketRegistry', () => {
  describe('when two instances share one Redis', () => {
    it('holds one cap per principal across both, per principal, and frees a slot when its socket closes', async () => {
      const d = deployment();
      try {
        const [a, b] = [await d.instance(), await d.instance()];

        const taken = [await a.acquire('user:aino', 'a1', 3), await a.acquire('user:aino', 'a2', 3), await b.acquire('user:aino', 'b1', 3)];
        const fourth = [await a.acquire('user:aino', 'a3', 3), await b.acquire('user:aino', 'b2', 3)];
        const someoneElse = await b.acquire('user:mikko', 'b3', 3);
        a.release('user:aino', 'a1');
        await sleep(50);
        const afterClose = [await b.acquire('user:aino', 'b4', 3), await a.acquire('user:aino', 'a4', 3)];

        expect(taken).toEqual([true, true, true]);
        expect(fourth).toEqual([false, false]);
        expect(someoneElse).toBe(true);
        expect(afterClose).toEqual([true, false]);
      } finally {
        await d.dispose();
      }
    });

    it('gives back every slot it still holds when it stops', async () => {
      const d = deployment();
      try {
        const a = await d.instance();
        await a.acquire('user:aino', 'a1', 3);
        await a.acquire('user:aino', 'a2', 3);

        await a.close();

        expect(await d.redis.zcard(d.key('user:aino'))).toBe(0);
      } finally {
        await d.dispose();
      }
    });
  });

  describe('when an instance died holding slots', () => {
    it('stops counting them once their lease has run out, without any word from that instance', async () => {
      const d = deployment();
      try {
        const b = await d.instance();
        // What a killed instance leaves behind: its members, renewed for the last time a moment ago.
        const [seconds, micros] = await d.redis.time();
        const leaseEnd = Number(seconds) * 1000 + Math.floor(Number(micros) / 1000) + 800;
        await d.redis.zadd(d.key('user:aino'), leaseEnd, 'dead:1', leaseEnd, 'dead:2', leaseEnd, 'dead:3');

        const whileLeased = await b.acquire('user:aino', 'b1', 3);
        await sleep(1_000);
        const afterLease = await b.acquire('user:aino', 'b2', 3);

        expect([whileLeased, afterLease]).toEqual([false, true]);
        expect(await d.redis.zrange(d.key('user:aino'), 0, -1)).toEqual([expect.stringMatching(/:b2$/)]);
      } finally {
        await d.dispose();
      }
    });
  });

  describe('when a living instance keeps its sockets open past the lease', () => {
    it('renews them, and puts them back after Redis lost them (a restart)', async () => {
      const d = deployment(900);
      try {
        const [a, b] = [await d.instance(), await d.instance()];
        await a.acquire('user:aino', 'a1', 2);
        await a.acquire('user:aino', 'a2', 2);

        await sleep(1_500);
        const pastTheLease = await b.acquire('user:aino', 'b1', 2);
        await d.redis.del(d.key('user:aino'));
        await sleep(700);
        const afterTheLoss = await b.acquire('user:aino', 'b2', 2);

        expect([pastTheLease, afterTheLoss]).toEqual([false, false]);
        expect(await d.redis.zcard(d.key('user:aino'))).toBe(2);
      } finally {
        await d.dispose();
      }
    });
  });

  describe('when Redis cannot be reached', () => {
    it('answers at once from this instance’s own count, still capped, and logs it once', async () => {
      const logged: { level: string; msg: string }[] = [];
      const logger = createLogger('info', { write: (line: string) => void logged.push(JSON.parse(line) as { level: string; msg: string }) });
      const registry = await openRedisSocketRegistry({ url: `redis://127.0.0.1:${await freePort()}`, namespace: 'unreachable', leaseMs: 30_000, logger, connectTimeoutMs: 500 });
      const startedAt = Date.now();

      try {
        const answers = [await registry.acquire('user:aino', 's1', 2), await registry.acquire('user:aino', 's2', 2), await registry.acquire('user:aino', 's3', 2)];
        registry.release('user:aino', 's1');
        const afterClose = await registry.acquire('user:aino', 's4', 2);

        expect([...answers, afterClose]).toEqual([true, true, false, true]);
        expect(Date.now() - startedAt).toBeLessThan(1_000);
        expect(logged.filter((line) => line.level === 'warn').map((line) => line.msg)).toEqual([
          'socket registry: Redis unreachable, counting sockets per instance until it answers',
        ]);
      } finally {
        await registry.close();
      }
    });
  });
});
