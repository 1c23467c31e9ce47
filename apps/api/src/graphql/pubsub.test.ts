import { createInProcessEventBus } from './pubsub';

describe('createInProcessEventBus', () => {
  describe('when an event is published', () => {
    it('delivers it on a later turn of the event loop, in publish order, only to its topic id', async () => {
      const bus = createInProcessEventBus();
      const mine = bus.pubSub.subscribe('TICKET_EVENTS', 'ws-a')[Symbol.asyncIterator]();
      const received: unknown[] = [];
      const reading = (async () => {
        for (let i = 0; i < 2; i++) received.push((await mine.next()).value);
      })();
      await new Promise((resolve) => setImmediate(resolve));

      bus.pubSub.publish('TICKET_EVENTS', 'ws-b', { n: 0 });
      bus.pubSub.publish('TICKET_EVENTS', 'ws-a', { n: 1 });
      bus.pubSub.publish('TICKET_EVENTS', 'ws-a', { n: 2 });
      const deliveredSynchronously = received.length;
      await reading;

      expect(deliveredSynchronously).toBe(0);
      expect(received).toEqual([{ n: 1 }, { n: 2 }]);
      await mine.return?.();
      await bus.close();
    });
  });
});
