import type { Client } from 'graphql-ws';
import { watchLiveConnection } from './live-connection';

/** A graphql-ws client reduced to its event emitter, so the socket's life can be played out. */
function fakeWsClient() {
  const handlers = new Map<string, (() => void)[]>();
  const client = { on: (event: string, handler: () => void) => void handlers.set(event, [...(handlers.get(event) ?? []), handler]) };
  return { client: client as unknown as Client, emit: (event: string) => handlers.get(event)?.forEach((h) => h()) };
}

describe('watchLiveConnection', () => {
  describe('when the socket connects, is acknowledged, drops and comes back', () => {
    it('reports each state once and tells listeners about each change', () => {
      const ws = fakeWsClient();
      const live = watchLiveConnection(ws.client);
      const seen: string[] = [];
      live.subscribe(() => seen.push(live.current()));

      expect(live.current()).toBe('unknown');
      ws.emit('connecting');
      ws.emit('connected');
      ws.emit('connected');
      ws.emit('closed');
      ws.emit('connecting');
      ws.emit('connected');

      expect(seen).toEqual(['connecting', 'connected', 'disconnected', 'connecting', 'connected']);
    });
  });

  describe('when a listener unsubscribes', () => {
    it('is no longer called', () => {
      const ws = fakeWsClient();
      const live = watchLiveConnection(ws.client);
      const listener = jest.fn();
      const unsubscribe = live.subscribe(listener);
      unsubscribe();
      ws.emit('connected');
      expect(listener).not.toHaveBeenCalled();
    });
  });
});
