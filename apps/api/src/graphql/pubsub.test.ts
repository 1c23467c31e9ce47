import { createInProcessEventBus, type EventDelivery } from './pubsub';

const event = (sequence: number, workspaceId = 'ws-a'): EventDelivery => ({
  sequence,
  workspaceId,
  topic: 'TICKET_EVENTS',
  payload: { n: sequence },
  createdAt: '2026-11-24T08:30:00.000Z',
});

describe('createInProcessEventBus', () => {
  describe('when the relay delivers events', () => {
    it('dispatches them on a later turn of the event loop, in order, only to their workspace', async () => {
      const bus = createInProcessEventBus();
      const mine: number[] = [];
      bus.listen('TICKET_EVENTS', 'ws-a', (e) => mine.push(e.sequence));

      await bus.deliver([event(1, 'ws-b'), event(2), event(3)]);
      const deliveredSynchronously = mine.length;
      await new Promise((resolve) => setImmediate(resolve));

      expect(deliveredSynchronously).toBe(0);
      expect(mine).toEqual([2, 3]);
    });

    it('hands every listener the very same envelope, so their work on it can be shared', async () => {
      const bus = createInProcessEventBus();
      const seen: EventDelivery[] = [];
      bus.listen('TICKET_EVENTS', 'ws-a', (e) => seen.push(e));
      bus.listen('TICKET_EVENTS', 'ws-a', (e) => seen.push(e));

      await bus.deliver([event(7)]);
      await new Promise((resolve) => setImmediate(resolve));

      expect(seen).toHaveLength(2);
      expect(seen[0]).toBe(seen[1]);
      expect(seen[0]).toEqual(event(7));
    });
  });

  describe('when an event arrives again (a relay retried, or a catch-up read it)', () => {
    it('drops it: a workspace’s sequences only move forward', async () => {
      const bus = createInProcessEventBus();
      const seen: number[] = [];
      bus.listen('TICKET_EVENTS', 'ws-a', (e) => seen.push(e.sequence));

      [event(1), event(2), event(1), event(2), event(3)].forEach((e) => bus.dispatch(e));

      expect(seen).toEqual([1, 2, 3]);
    });
  });

  describe('when someone listens in a workspace', () => {
    it('reports the workspace with the last sequence dispatched there, until nobody listens', () => {
      const bus = createInProcessEventBus();
      const stop = bus.listen('TICKET_EVENTS', 'ws-a', () => undefined);
      const before = new Map(bus.watermarks());

      bus.dispatch(event(4));
      const after = new Map(bus.watermarks());
      stop();

      expect(before).toEqual(new Map([['ws-a', null]]));
      expect(after).toEqual(new Map([['ws-a', 4]]));
      expect(bus.watermarks().size).toBe(0);
    });
  });
});
