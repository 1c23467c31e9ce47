import { setMaxListeners } from 'node:events';
import { eventDeliveryLag, eventsDispatched, secondsSince } from '../../observability/metrics';

/** A committed outbox event on its way to subscribers; plain JSON, so it crosses Redis unchanged. */
export interface EventDelivery<T = unknown> {
  /** The outbox sequence: increasing in commit order within a workspace, the resume cursor. */
  readonly sequence: number;
  readonly workspaceId: string;
  readonly topic: string;
  readonly payload: T;
  /** When the change committed (ISO 8601), for delivery lag and cursor age. */
  readonly createdAt: string;
}

/** This instance's subscribers and how events reach them. */
export interface LocalHub {
  /** Listens synchronously to one workspace's topic; returns how to stop. */
  listen(topic: string, workspaceId: string, listener: (event: EventDelivery) => void): () => void;
  /**
   * Hands an event to the subscribers, once. The relay publishes each workspace's events in
   * sequence order, so one at or below the last dispatched for its workspace is a repeat (a relay
   * that died after publishing and before marking its batch, or a catch-up read) and is dropped.
   */
  dispatch(event: EventDelivery): void;
  /** Each workspace someone here listens in, with the last sequence dispatched for it (null: none yet). */
  watermarks(): ReadonlyMap<string, number | null>;
}

type Listener = Parameters<EventTarget['addEventListener']>[1];
type AddOptions = Parameters<EventTarget['addEventListener']>[2];
type RemoveOptions = Parameters<EventTarget['removeEventListener']>[2];

/** An EventTarget that knows which workspaces have listeners (event types are `<topic>:<workspaceId>`). */
class ListenedTarget extends EventTarget {
  readonly listenersByWorkspace = new Map<string, number>();

  override addEventListener(type: string, listener: Listener, options?: AddOptions): void {
    super.addEventListener(type, listener, options);
    this.count(type, 1);
  }

  override removeEventListener(type: string, listener: Listener, options?: RemoveOptions): void {
    super.removeEventListener(type, listener, options);
    this.count(type, -1);
  }

  private count(type: string, delta: number): void {
    const workspaceId = type.slice(type.indexOf(':') + 1);
    const count = (this.listenersByWorkspace.get(workspaceId) ?? 0) + delta;
    if (count > 0) this.listenersByWorkspace.set(workspaceId, count);
    else this.listenersByWorkspace.delete(workspaceId);
  }
}

/** Dispatch to this instance's subscribers, with repeats dropped per workspace. */
export function createLocalHub(): LocalHub {
  const target = new ListenedTarget();
  // A thousand subscribers in one workspace is normal here, not a leak.
  setMaxListeners(0, target);
  const lastDispatched = new Map<string, number>();
  return {
    listen: (topic, workspaceId, listener) => {
      const callback = (event: Event): void => listener((event as CustomEvent<EventDelivery>).detail);
      target.addEventListener(`${topic}:${workspaceId}`, callback);
      return () => target.removeEventListener(`${topic}:${workspaceId}`, callback);
    },
    dispatch: (event) => {
      const last = lastDispatched.get(event.workspaceId);
      if (last !== undefined && event.sequence <= last) {
        eventsDispatched.inc({ outcome: 'duplicate' });
        return;
      }
      lastDispatched.set(event.workspaceId, event.sequence);
      eventsDispatched.inc({ outcome: 'dispatched' });
      eventDeliveryLag.observe({ stage: 'commit_to_dispatch' }, secondsSince(event.createdAt));
      // Every listener gets the same object: a subscriber must not change it.
      target.dispatchEvent(new CustomEvent(`${event.topic}:${event.workspaceId}`, { detail: event }));
    },
    watermarks: () => new Map([...target.listenersByWorkspace.keys()].map((id) => [id, lastDispatched.get(id) ?? null])),
  };
}
