import { createContext, useContext, useSyncExternalStore } from 'react';
import type { Client } from 'graphql-ws';

/** The subscription socket: `unknown` where no socket is watched (tests, or before the first use). */
export type LiveStatus = 'unknown' | 'connecting' | 'connected' | 'disconnected';

/** The socket's state, as a store React can subscribe to. */
export interface LiveConnection {
  readonly current: () => LiveStatus;
  readonly subscribe: (listener: () => void) => () => void;
}

/** Follows a graphql-ws client's connect/ack/close events. */
export function watchLiveConnection(client: Client): LiveConnection {
  let status: LiveStatus = 'unknown';
  const listeners = new Set<() => void>();
  const set = (next: LiveStatus) => {
    if (status === next) return;
    status = next;
    listeners.forEach((listener) => listener());
  };
  client.on('connecting', () => set('connecting'));
  // "connected" fires on the server's ack: from then on, subscriptions are being registered.
  client.on('connected', () => set('connected'));
  client.on('closed', () => set('disconnected'));
  return {
    current: () => status,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

const NOT_WATCHED: LiveConnection = { current: () => 'unknown', subscribe: () => () => undefined };

/** Provided by the app shell; screens read it with `useLiveStatus`. */
export const LiveConnectionContext = createContext<LiveConnection>(NOT_WATCHED);

/** The subscription socket's state, re-rendering when it changes. */
export function useLiveStatus(): LiveStatus {
  const connection = useContext(LiveConnectionContext);
  return useSyncExternalStore(connection.subscribe, connection.current);
}
