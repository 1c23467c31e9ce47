import { VersionedCache } from './policy-cache';

describe('VersionedCache', () => {
  describe('when full', () => {
    it('drops the oldest entry and keeps the newest', () => {
      const cache = new VersionedCache<number>(2);
      cache.set('a', 1);
      cache.set('b', 2);

      cache.set('c', 3);

      expect([cache.get('a'), cache.get('b'), cache.get('c')]).toEqual([undefined, 2, 3]);
    });

    it('does not evict when a key is overwritten', () => {
      const cache = new VersionedCache<number>(2);
      cache.set('a', 1);
      cache.set('b', 2);

      cache.set('b', 20);

      expect([cache.get('a'), cache.get('b')]).toEqual([1, 20]);
    });
  });
});
