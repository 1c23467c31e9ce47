import { findTriggerSpans, segmentMessage, type FiredTriggerView } from './find-trigger-spans';

const custom = (phrase: string, start: number, end: number): FiredTriggerView => ({ kind: 'customTrigger', source: 'message', phrase, start, end });
const askedInMessage: FiredTriggerView = { kind: 'visitorAskedForHuman', source: 'message', phrase: null, start: null, end: null };

describe('findTriggerSpans', () => {
  describe('when a custom phrase fired', () => {
    it('uses the offsets the server reported', () => {
      expect(findTriggerSpans('I want a refund', [custom('refund', 9, 15)])).toEqual([{ start: 9, end: 15, label: 'Trigger phrase “refund”' }]);
    });
  });

  describe('when the visitor asked for a person in the message', () => {
    it('locates the request with the domain matcher, in English and in Finnish', () => {
      const en = 'I want to talk to a human about a refund';
      const fi = 'Haluan puhua ihmisen kanssa palautuksesta';

      const [enSpan] = findTriggerSpans(en, [askedInMessage]);
      const [fiSpan] = findTriggerSpans(fi, [askedInMessage]);

      expect(en.slice(enSpan?.start, enSpan?.end)).toBe('talk to a human');
      expect(fi.slice(fiSpan?.start, fiSpan?.end)).toBe('ihmisen kanssa');
    });
  });

  describe('when the agent signalled the trigger', () => {
    it('has no place in the text', () => {
      expect(findTriggerSpans('Hello', [{ kind: 'agentCannotAnswer', source: 'signal', phrase: null, start: null, end: null }])).toEqual([]);
    });
  });
});

describe('segmentMessage', () => {
  describe('when nothing fired', () => {
    it('returns the whole message as one plain segment', () => {
      expect(segmentMessage('Hello', [])).toEqual([{ text: 'Hello', labels: [] }]);
    });
  });

  describe('when spans are apart', () => {
    it('marks each and keeps the text between plain', () => {
      const segments = segmentMessage('abc def ghi', [
        { start: 0, end: 3, label: 'A' },
        { start: 8, end: 11, label: 'B' },
      ]);

      expect(segments).toEqual([
        { text: 'abc', labels: ['A'] },
        { text: ' def ', labels: [] },
        { text: 'ghi', labels: ['B'] },
      ]);
    });
  });

  describe('when spans overlap', () => {
    it('gives the shared part both labels and loses no text', () => {
      const segments = segmentMessage('cancel my order', [
        { start: 0, end: 9, label: 'A' },
        { start: 7, end: 15, label: 'B' },
      ]);

      expect(segments).toEqual([
        { text: 'cancel ', labels: ['A'] },
        { text: 'my', labels: ['A', 'B'] },
        { text: ' order', labels: ['B'] },
      ]);
      expect(segments.map((s) => s.text).join('')).toBe('cancel my order');
    });
  });

  describe('when a span runs past the message', () => {
    it('clamps it and drops empty spans', () => {
      expect(segmentMessage('abc', [{ start: 1, end: 99, label: 'A' }, { start: 2, end: 2, label: 'B' }])).toEqual([
        { text: 'a', labels: [] },
        { text: 'bc', labels: ['A'] },
      ]);
    });
  });
});
