import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import type { Logger } from '../../observability/logger';
import { LocalSockets, type SocketRegistry } from './socket-registry';

/** How the shared count is reached and kept honest. */
export interface RedisSocketRegistryOptions {
  readonly url: string;
  /** Keeps deployments (and test runs) sharing one Redis apart: the outbox stream id, one per database. */
  readonly namespace: string;
  /** How long a slot outlives the last heartbeat of the instance holding it (SOCKET_LEASE_SECONDS). */
  readonly leaseMs: number;
  readonly logger: Logger;
  /** How long boot waits for the first connection before counting locally (default 2 s). */
  readonly connectTimeoutMs?: number;
}

// Redis's clock, not each instance's: a lease lasts as long whichever instance wrote it.
const NOW = "local t = redis.call('TIME')\nlocal now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)";

// KEYS[1]: the principal's sorted set (member: instance:socket, score: lease end). ARGV: member, cap, lease.
// Expired members (their instance died) go first, so a dead instance's sockets count no longer.
const ACQUIRE = `${NOW}
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[2]) then return 0 end
redis.call('ZADD', KEYS[1], now + tonumber(ARGV[3]), ARGV[1])
redis.call('PEXPIRE', KEYS[1], ARGV[3])
return 1`;

// KEYS[1] as above; ARGV: lease, then this instance's members. ZADD, not ZADD XX: it also puts back
// what Redis lost in a restart and the sockets taken while it was unreachable.
const RENEW = `${NOW}
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
for i = 2, #ARGV do redis.call('ZADD', KEYS[1], now + tonumber(ARGV[1]), ARGV[i]) end
redis.call('PEXPIRE', KEYS[1], ARGV[1])
return 0`;

/**
 * Every instance's sockets counted in Redis, one sorted set per principal whose members expire
 * unless their instance renews them (every third of the lease), so an instance that dies without
 * a word frees its slots within one lease. While Redis is unreachable each instance fails open to
 * its own count, still capped, and says so once in the log; its sockets join the shared count at
 * the first renewal after Redis is back.
 */
export async function openRedisSocketRegistry(options: RedisSocketRegistryOptions): Promise<SocketRegistry> {
  const { leaseMs, logger } = options;
  const instance = randomUUID();
  const keyOf = (principal: string): string => `handoff:sockets:${options.namespace}:${principal}`;
  const memberOf = (socketId: string): string => `${instance}:${socketId}`;
  const local = new LocalSockets();
  // No offline queue and a short timeout: a socket waits at most a second for the shared count.
  const client = new Redis(options.url, { enableOfflineQueue: false, maxRetriesPerRequest: 1, commandTimeout: 1_000 });
  client.on('error', () => undefined); // ioredis reconnects by itself; `unreachable` reports it

  let away = false;
  const unreachable = (error: unknown): void => {
    if (!away) logger.warn({ err: error }, 'socket registry: Redis unreachable, counting sockets per instance until it answers');
    away = true;
  };
  const reachable = (): void => {
    if (away) logger.info('socket registry: Redis answers again, counting sockets across instances');
    away = false;
  };
  const connected = (): boolean => {
    if (client.status === 'ready') return true;
    unreachable(new Error(`Redis connection ${client.status}`));
    return false;
  };

  const pending = new Set<Promise<void>>();
  const track = (command: Promise<unknown>): void => {
    const settled = command.then(() => undefined, () => undefined);
    pending.add(settled);
    void settled.then(() => pending.delete(settled));
  };

  const renew = async (): Promise<void> => {
    const held = local.entries();
    if (held.length === 0 || !connected()) return;
    const pipeline = client.pipeline();
    for (const [principal, sockets] of held) pipeline.eval(RENEW, 1, keyOf(principal), leaseMs, ...sockets.map(memberOf));
    const failure = (await pipeline.exec())?.find(([error]) => error)?.[0];
    if (failure) unreachable(failure);
    else reachable();
  };
  const heartbeat = setInterval(() => void renew().catch(unreachable), Math.max(100, Math.floor(leaseMs / 3)));
  heartbeat.unref();
  client.on('ready', () => void renew().catch(unreachable));
  await new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, options.connectTimeoutMs ?? 2_000);
    const done = (): void => (clearTimeout(timer), resolve());
    client.once('ready', done).once('error', done);
  });

  return {
    acquire: async (principal, socketId, cap) => {
      if (connected()) {
        try {
          const taken = (await client.eval(ACQUIRE, 1, keyOf(principal), memberOf(socketId), cap, leaseMs)) === 1;
          reachable();
          if (taken) local.add(principal, socketId);
          return taken;
        } catch (error) {
          unreachable(error);
        }
      }
      // Fail open for availability, not unbounded: this instance's own count still holds the cap.
      if (local.count(principal) >= cap) return false;
      local.add(principal, socketId);
      return true;
    },
    release: (principal, socketId) => {
      // Unreachable now: the member is no longer renewed, so its lease frees the slot.
      if (local.remove(principal, socketId) && client.status === 'ready') track(client.zrem(keyOf(principal), memberOf(socketId)));
    },
    close: async () => {
      clearInterval(heartbeat);
      if (client.status === 'ready') for (const [principal, sockets] of local.entries()) track(client.zrem(keyOf(principal), ...sockets.map(memberOf)));
      await Promise.all(pending);
      client.disconnect();
    },
  };
}
