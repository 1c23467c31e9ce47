import { formatPath, formatValue, genericLines, humanizePath, lineText, truncate } from './change-line';

describe('lineText', () => {
  it.each([
    [{ kind: 'changed' as const, subject: 'Process', from: 'Live handoff', to: 'No handoff' }, 'Process: Live handoff → No handoff'],
    [{ kind: 'added' as const, subject: 'Custom trigger “refund” added', detail: 'Whole words' }, 'Custom trigger “refund” added (Whole words)'],
    [{ kind: 'moved' as const, subject: 'Rule “A” moved from position 3 to 1' }, 'Rule “A” moved from position 3 to 1'],
    [{ kind: 'changed' as const, subject: 'Capacity', to: '5' }, 'Capacity: — → 5'],
  ])('says %j as one sentence', (line, expected) => {
    expect(lineText(line)).toBe(expected);
  });
});

describe('formatValue', () => {
  it.each([
    ['text', '“text”'],
    [3, '3'],
    [true, 'yes'],
    [null, 'none'],
    [[], 'none'],
    [['a', 1], '“a”, 1'],
    [{ a: 1 }, '{"a":1}'],
  ])('says %j as %s', (value, expected) => {
    expect(formatValue(value)).toBe(expected);
  });

  it('cuts long values with an ellipsis', () => {
    expect(formatValue('x'.repeat(200), 10)).toBe('“xxxxxxxxx…”');
    expect(truncate('short', 10)).toBe('short');
  });
});

describe('paths', () => {
  it('reads a path for people and for code', () => {
    expect(humanizePath(['workingHours', 'intervals', 1, 'start'])).toBe('Working hours › intervals › #2 › start');
    expect(humanizePath([])).toBe('Document');
    expect(formatPath(['rules', 2, 'when', 'all', 0])).toBe('rules[2].when.all[0]');
    expect(formatPath([])).toBe('(whole document)');
  });
});

describe('genericLines', () => {
  describe('when given structural changes', () => {
    it('says each, under a prefix when one is given', () => {
      const lines = genericLines(
        [
          { kind: 'changed', path: ['capacity'], before: 5, after: 8 },
          { kind: 'removed', path: ['tags', 0], before: 'vip' },
          { kind: 'moved', path: ['intervals', 0], from: 2, to: 0 },
        ],
        'Aino',
      ).map(lineText);
      expect(lines).toEqual(['Aino › capacity: 5 → 8', 'Aino › tags › #1 removed (“vip”)', 'Aino › intervals: item moved from position 3 to 1']);
    });
  });
});
