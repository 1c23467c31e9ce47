import { Redis } from 'ioredis';
import { createLocalHub, type EventDelivery, type LocalHub } from '../modules/outbox/event-hub';

export type { EventDelivery } from '../modules/outbox/event-hub';

/**
 * Topics of live events. Every event carries its workspace id as the topic id, so a subscriber
 * can only ever listen inside its own workspace (`TICKET_EVENTS:<workspaceId>`).
 */
export const TOPICS = {
  ticketEvents: 'TICKET_EVENTS',
  conversationHandedOff: 'CONVERSATION_HANDED_OFF',
  configurationChanged: 'CONFIGURATION_CHANGED',
} as const;

/**
 * How committed outbox events reach subscribers on every instance. Services never publish here:
 * they write the outbox, and its relay calls `deliver` after the commit.
 */
export interface EventBus extends LocalHub {
  /** Carries events to every instance, in order; resolves once the transport has accepted them. */
  deliver(events: readonly EventDelivery[]): Promise<void>;
  /** Registers what to do after the transport reconnected: events may have been missed meanwhile. */
  onReconnect(listener: () => void): void;
  /** Rejects when the transport is unreachable (readiness). */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/**
 * One process only: events reach subscribers connected to this instance. Delivery starts on the
 * next turn of the event loop, as it would after a Redis round trip: fanning an event out to a
 * thousand subscribers must not hold up the relay's transaction.
 */
export function createInProcessEventBus(): EventBus {
  const hub = createLocalHub();
  return {
    ...hub,
    deliver: async (events) => void setImmediate(() => events.forEach(hub.dispatch)),
    onReconnect: () => undefined,
    ping: async () => undefined,
    close: async () => undefined,
  };
}

/**
 * Through Redis pub/sub, on one channel per database (`stream`, see OutboxStreamEntity): every
 * instance on the same database receives every event, and unrelated deployments or test runs
 * sharing a Redis never hear each other. Publishing fails fast while Redis is away (the relay
 * keeps the events and retries); the subscriber reconnects and resubscribes, then `onReconnect`
 * listeners fetch what was published while it was away.
 */
export function createRedisEventBus(url: string, stream: string): EventBus {
  const channel = `handoff:events:${stream}`;
  const hub = createLocalHub();
  const publisher = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 0, commandTimeout: 2_000 });
  const subscriber = new Redis(url, { maxRetriesPerRequest: null });
  const reconnectListeners: (() => void)[] = [];
  publisher.on('error', () => undefined); // ioredis retries; readiness and the relay report it
  subscriber.on('error', () => undefined);
  subscriber.on('message', (_channel: string, message: string) => {
    const event = parseDelivery(message);
    if (event) hub.dispatch(event);
  });
  // On every (re)connection: subscribe (again; Redis ignores a repeat), and once Redis confirms,
  // let the listeners fetch what may have been published while nobody here was subscribed.
  subscriber.on('ready', () => {
    void subscriber.subscribe(channel).then(() => reconnectListeners.forEach((listener) => listener()), () => undefined);
  });
  return {
    ...hub,
    deliver: async (events) => {
      await Promise.all(events.map((event) => publisher.publish(channel, JSON.stringify(event))));
    },
    onReconnect: (listener) => void reconnectListeners.push(listener),
    ping: async () => void (await publisher.ping()),
    close: async () => {
      publisher.disconnect();
      subscriber.disconnect();
    },
  };
}

function parseDelivery(message: string): EventDelivery | null {
  try {
    const value = JSON.parse(message) as Partial<EventDelivery>;
    const valid = typeof value.sequence === 'number' && typeof value.workspaceId === 'string' && typeof value.topic === 'string' && typeof value.createdAt === 'string';
    return valid ? (value as EventDelivery) : null;
  } catch {
    return null;
  }
}
