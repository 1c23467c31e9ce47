import { decodeEventCursor, encodeEventCursor } from './event-cursor';

describe('event cursors', () => {
  describe('when a cursor was given out with an event', () => {
    it('decodes to the event’s sequence and commit time', () => {
      const cursor = encodeEventCursor({ sequence: 42, createdAt: '2026-11-24T08:30:00.000Z' });

      expect(decodeEventCursor(cursor)).toEqual({ sequence: 42, createdAt: new Date('2026-11-24T08:30:00.000Z') });
    });
  });

  describe('when a string is not one of ours', () => {
    it.each([
      ['empty', ''],
      ['plain text', 'hello'],
      ['a list cursor', Buffer.from('2026-11-24T08:30:00.000Z|abc').toString('base64url')],
      ['a negative sequence', Buffer.from('-1|2026-11-24T08:30:00.000Z').toString('base64url')],
      ['a bad time', Buffer.from('7|yesterday').toString('base64url')],
      ['extra parts', Buffer.from('7|2026-11-24T08:30:00.000Z|x').toString('base64url')],
    ])('rejects %s', (_name, cursor) => {
      expect(decodeEventCursor(cursor)).toBeNull();
    });
  });
});
