import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import { createPubSub } from '@graphql-yoga/subscription';
import { Redis } from 'ioredis';
import type { PubSub } from 'type-graphql';

/**
 * Topics of live events. Every publish carries the workspace id as the topic id, so a subscriber
 * can only ever listen inside its own workspace (`TICKET_EVENTS:<workspaceId>`).
 */
export const TOPICS = {
  ticketEvents: 'TICKET_EVENTS',
  conversationHandedOff: 'CONVERSATION_HANDED_OFF',
  configurationChanged: 'CONFIGURATION_CHANGED',
} as const;

/** The event bus and how to release its connections. */
export interface EventBus {
  readonly pubSub: PubSub;
  close(): Promise<void>;
}

/**
 * One process only: events reach subscribers connected to this instance. Delivery starts on the
 * next turn of the event loop, as it would after a Redis round trip: fanning an event out to a
 * thousand subscribers must not hold up the response of the request that caused it.
 */
export function createInProcessEventBus(): EventBus {
  const pubSub = createPubSub();
  return {
    pubSub: {
      publish: (routingKey: string, ...args: unknown[]) => void setImmediate(() => pubSub.publish(routingKey, ...(args as []))),
      subscribe: (routingKey: string, dynamicId?: unknown) => pubSub.subscribe(routingKey as never, dynamicId as never),
    },
    close: async () => undefined,
  };
}

/**
 * Through Redis pub/sub: an event published on any instance reaches subscribers on every
 * instance. ioredis reconnects by itself; publishes made while Redis is away are queued by it.
 */
export function createRedisEventBus(url: string): EventBus {
  const publishClient = new Redis(url, { lazyConnect: false, maxRetriesPerRequest: null });
  const subscribeClient = new Redis(url, { lazyConnect: false, maxRetriesPerRequest: null });
  const eventTarget = createRedisEventTarget({ publishClient, subscribeClient });
  return {
    pubSub: createPubSub({ eventTarget }),
    close: async () => {
      publishClient.disconnect();
      subscribeClient.disconnect();
    },
  };
}
