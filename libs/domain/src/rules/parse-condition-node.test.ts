import type { Issue } from '../shared/issue';
import { DEFAULT_FIELD_CATALOGUE } from './field-catalogue';
import { parseConditionNode } from './parse-condition-node';
import { createParseContext, type ParseContext } from './parse-context';
import { RULE_LIMITS } from './rule-limits';

const condition = { field: 'ticket.priority', operator: 'equals', value: 'high' };

const parse = (raw: unknown, ctx: ParseContext = createParseContext(DEFAULT_FIELD_CATALOGUE)) => {
  const node = parseConditionNode(raw, 'when', 1, ctx);
  return { node, issues: ctx.issues.map((i: Issue) => [i.code, i.path]), messages: ctx.issues.map((i) => i.message) };
};

/** `levels` nested `all` groups, the innermost holding one condition. */
const nestAll = (levels: number): unknown => {
  let node: unknown = condition;
  for (let i = 0; i < levels; i++) node = { all: [node] };
  return node;
};

describe('parseConditionNode', () => {
  describe('when the node is well formed', () => {
    it.each([
      ['a condition', condition],
      ['an all group', { all: [condition, condition] }],
      ['an any group', { any: [condition] }],
      ['a not group', { not: condition }],
      ['nested groups', { any: [{ not: { all: [condition] } }, condition] }],
    ])('returns %s unchanged and reports nothing', (_label, raw) => {
      const { node, issues } = parse(raw);

      expect(issues).toEqual([]);
      expect(node).toEqual(raw);
    });

    it('returns a fresh copy', () => {
      const raw = { all: [condition] };

      const { node } = parse(raw);

      expect(node).not.toBe(raw);
      expect(node && 'all' in node ? node.all[0] : undefined).not.toBe(condition);
    });
  });

  describe('when the node is malformed', () => {
    it.each([
      ['a string', 'x', [['INVALID_TYPE', 'when']]],
      ['null', null, [['INVALID_TYPE', 'when']]],
      ['an array', [condition], [['INVALID_TYPE', 'when']]],
      ['an all that is not a list', { all: condition }, [['INVALID_TYPE', 'when.all']]],
      ['an empty all', { all: [] }, [['EMPTY_GROUP', 'when.all']]],
      ['an empty any', { any: [] }, [['EMPTY_GROUP', 'when.any']]],
      ['a not holding a list', { not: [condition] }, [['INVALID_TYPE', 'when.not']]],
      ['an all with an unknown key', { all: [condition], label: 'x' }, [['UNKNOWN_PROPERTY', 'when.label']]],
      ['a not with an unknown key', { not: condition, label: 'x' }, [['UNKNOWN_PROPERTY', 'when.label']]],
      ['a bad child deep inside', { any: [condition, { not: { ...condition, field: 'nope' } }] }, [['UNKNOWN_FIELD', 'when.any[1].not.field']]],
      ['two bad children', { all: [{ all: [] }, 7] }, [['EMPTY_GROUP', 'when.all[0].all'], ['INVALID_TYPE', 'when.all[1]']]],
    ])('reports %s', (_label, raw, expected) => {
      const { node, issues } = parse(raw);

      expect(issues).toEqual(expected);
      expect(node).toBeUndefined();
    });

    it.each([
      [{ all: [condition], field: 'ticket.priority' }, 'all and field'],
      [{ all: [condition], any: [condition] }, 'all and any'],
      [{ not: condition, operator: 'isSet', value: 1 }, 'not and operator and value'],
    ])('reports a node that mixes kinds, saying which keys it found (%j)', (raw, found) => {
      const { issues, messages } = parse(raw);

      expect(issues).toEqual([['INVALID_VALUE', 'when']]);
      expect(messages[0]).toContain(`found ${found}`);
    });
  });

  describe('when groups nest deeply', () => {
    it('accepts maxDepth nested groups, conditions inside the innermost not counting as a level', () => {
      expect(parse(nestAll(RULE_LIMITS.maxDepth)).issues).toEqual([]);
    });

    it('reports the first group past the maximum depth', () => {
      const { issues, messages } = parse(nestAll(RULE_LIMITS.maxDepth + 1));

      expect(issues).toEqual([['LIMIT_EXCEEDED', `when${'.all[0]'.repeat(RULE_LIMITS.maxDepth)}`]]);
      expect(messages[0]).toContain(String(RULE_LIMITS.maxDepth));
    });

    it('survives adversarial nesting 100,000 levels deep with one issue', () => {
      let raw: unknown = condition;
      for (let i = 0; i < 100_000; i++) raw = { not: raw };

      const { issues } = parse(raw);

      expect(issues).toEqual([['LIMIT_EXCEEDED', `when${'.not'.repeat(RULE_LIMITS.maxDepth)}`]]);
    });
  });

  describe('when a rule has many nodes', () => {
    const groupOf = (conditions: number) => ({ all: Array.from({ length: conditions }, () => condition) });

    it('accepts exactly maxNodesPerRule nodes', () => {
      expect(parse(groupOf(RULE_LIMITS.maxNodesPerRule - 1)).issues).toEqual([]);
    });

    it('reports the node one past the limit, once, and stops reading', () => {
      const raw = { all: [...groupOf(RULE_LIMITS.maxNodesPerRule).all, ...Array.from({ length: 100_000 }, () => 'junk')] };

      const { issues, messages } = parse(raw);

      expect(issues).toEqual([['LIMIT_EXCEEDED', `when.all[${RULE_LIMITS.maxNodesPerRule - 1}]`]]);
      expect(messages[0]).toContain(String(RULE_LIMITS.maxNodesPerRule));
    });

    it('reports the set budget once it runs out, then reads no further node', () => {
      const ctx = createParseContext(DEFAULT_FIELD_CATALOGUE);
      ctx.setNodes = RULE_LIMITS.maxNodesPerSet - 1;

      const { issues, messages } = parse({ any: [condition, { not: 'junk' }] }, ctx);

      expect(issues).toEqual([['LIMIT_EXCEEDED', 'when.any[0]']]);
      expect(messages[0]).toContain(String(RULE_LIMITS.maxNodesPerSet));
    });
  });
});
