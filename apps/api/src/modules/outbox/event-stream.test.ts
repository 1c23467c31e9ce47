import { EventStream } from './event-stream';

type Item = { sequence: number; tag?: string };
const at = (...sequences: number[]): Item[] => sequences.map((sequence) => ({ sequence }));

async function take(stream: EventStream<Item>, n: number): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const { value, done } = await stream.next();
    if (done) break;
    out.push(value.sequence);
  }
  return out;
}

describe('EventStream', () => {
  describe('when live events arrived while the replay was read', () => {
    it('yields the replay, then the live events after it, each sequence once and in order', async () => {
      const stream = new EventStream<Item>(() => true);
      at(5, 6, 7).forEach((item) => stream.push(item));

      stream.replay(at(4, 5, 6), 3);
      stream.push({ sequence: 8 });

      expect(await take(stream, 5)).toEqual([4, 5, 6, 7, 8]);
    });

    it('drops a repeat that arrives after the seam', async () => {
      const stream = new EventStream<Item>(() => true);
      stream.replay(at(4, 5), 3);

      at(5, 4, 6).forEach((item) => stream.push(item));

      expect(await take(stream, 3)).toEqual([4, 5, 6]);
    });
  });

  describe('when the subscriber filters', () => {
    it('skips rejected events but still moves past them', async () => {
      const stream = new EventStream<Item>((item) => item.tag !== 'no');
      stream.replay([{ sequence: 2, tag: 'no' }, { sequence: 3 }], 1);

      stream.push({ sequence: 2 });
      stream.push({ sequence: 4 });

      expect(await take(stream, 2)).toEqual([3, 4]);
    });
  });

  describe('when a consumer waits for the next event', () => {
    it('resolves as soon as one is pushed', async () => {
      const stream = new EventStream<Item>(() => true);
      const next = stream.next();

      stream.push({ sequence: 1 });

      expect(await next).toEqual({ value: { sequence: 1 }, done: false });
    });
  });

  describe('when it is ended', () => {
    it('stops its listener once, ends a waiting consumer and ignores later events', async () => {
      const stop = jest.fn();
      const stream = new EventStream<Item>(() => true);
      stream.onClose(stop);
      const waiting = stream.next();

      await stream.return();
      await stream.return();
      stream.push({ sequence: 1 });

      expect(await waiting).toEqual({ value: undefined, done: true });
      expect(await stream.next()).toEqual({ value: undefined, done: true });
      expect(stop).toHaveBeenCalledTimes(1);
    });
  });

  describe('when the consumer falls too far behind', () => {
    it('ends the stream instead of buffering without bound', async () => {
      const stop = jest.fn();
      const stream = new EventStream<Item>(() => true, 3);
      stream.onClose(stop);

      at(1, 2, 3, 4).forEach((item) => stream.push(item));

      expect(stop).toHaveBeenCalledTimes(1);
      expect(await stream.next()).toEqual({ value: undefined, done: true });
    });
  });
});
