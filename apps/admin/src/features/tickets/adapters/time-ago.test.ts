import { timeAgo } from './time-ago';

describe('timeAgo', () => {
  const now = Date.parse('2026-11-23T12:00:00.000Z');

  it('says how long ago a moment was', () => {
    expect(timeAgo('2026-11-23T09:00:00.000Z', now)).toBe('3 hours ago');
  });

  describe('when the moment is after `now`', () => {
    it('reads as just now instead of in the future', () => {
      expect(timeAgo('2026-11-23T12:00:20.000Z', now)).toBe('a few seconds ago');
    });
  });
});
