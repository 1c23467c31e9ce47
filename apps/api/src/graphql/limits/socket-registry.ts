/**
 * Where the open graphql-ws sockets of each principal are counted, for MAX_SOCKETS_PER_PRINCIPAL.
 * `createLocalSocketRegistry` counts this instance's sockets; `createRedisSocketRegistry`
 * (redis-socket-registry.ts) counts every instance's, so N instances do not allow N times the cap.
 */
export interface SocketRegistry {
  /** Takes a slot for the socket when the principal holds fewer than `cap`; false when it is full. */
  acquire(principal: string, socketId: string, cap: number): Promise<boolean>;
  /** Gives the socket's slot back (a socket that holds none is ignored). */
  release(principal: string, socketId: string): void;
  /** Stops background work and gives back what this instance still holds. */
  close(): Promise<void>;
}

/** The sockets this instance holds, by principal. */
export class LocalSockets {
  private readonly byPrincipal = new Map<string, Set<string>>();

  count(principal: string): number {
    return this.byPrincipal.get(principal)?.size ?? 0;
  }

  add(principal: string, socketId: string): void {
    const sockets = this.byPrincipal.get(principal) ?? new Set<string>();
    sockets.add(socketId);
    this.byPrincipal.set(principal, sockets);
  }

  /** Whether the socket was held (and now is not). */
  remove(principal: string, socketId: string): boolean {
    const sockets = this.byPrincipal.get(principal);
    if (!sockets?.delete(socketId)) return false;
    if (sockets.size === 0) this.byPrincipal.delete(principal);
    return true;
  }

  /** Every principal with its socket ids. */
  entries(): [string, string[]][] {
    return [...this.byPrincipal].map(([principal, sockets]) => [principal, [...sockets]]);
  }
}

/** One instance's count: the cap holds per instance (without REDIS_URL, or while Redis is away). */
export function createLocalSocketRegistry(): SocketRegistry {
  const local = new LocalSockets();
  return {
    acquire: async (principal, socketId, cap) => {
      if (local.count(principal) >= cap) return false;
      local.add(principal, socketId);
      return true;
    },
    release: (principal, socketId) => void local.remove(principal, socketId),
    close: async () => undefined,
  };
}
