import { buildConditionTrace, buildGroupTrace } from './build-node-trace';
import type { PlannedNode, PlannedRule, RuleSetPlan } from './plan-rule-set';
import { readField, type FieldAccessor, type FieldValue } from './read-field';
import type { GroupTrace, NodeTrace, RuleTrace } from './routing-decision';
import type { RoutingFacts } from './routing-facts';

/**
 * Builds rule traces from what the traced evaluator records per rule: for each evaluated node,
 * in pre-order, `2 * nodeId + result` in `entries` (a group's slot is taken before its children
 * run and filled after). Conditions' values are those `readField` gives, read once per field and
 * explanation.
 *
 * Explanations are allocation-heavy (a trace per rule, most of them for rules that failed on a
 * condition or two), so repeated shapes are shared: traces of rules not evaluated, group traces,
 * and the trace of a rule whose evaluated conditions all read short values (texts, numbers,
 * booleans, short lists), memoised per rule by those values (evaluation is deterministic, so they
 * fix the whole trace). Shared parts are frozen, lists included (copied first: the facts' own
 * lists stay the caller's). Memory is bounded: MAX_VALUES_PER_FIELD distinct values per field,
 * MAX_MEMO_PER_RULE traces per rule.
 */
export interface RuleTraceBuilder {
  /** Scratch the traced evaluator records one rule into; reused, since evaluation is synchronous. */
  readonly entries: Int32Array;
  /** Each rule's trace when it is not evaluated (`disabled` / `notReached`), by rule index. */
  readonly idleTraces: readonly RuleTrace[];
  /** Starts explaining `facts`. */
  begin(facts: RoutingFacts): void;
  /** Lets go of the facts. */
  end(): void;
  /** The trace of an evaluated rule from the first `count` entries; `firstValue` is what its first condition read. */
  finishRule(ruleIndex: number, count: number, firstValue: FieldValue): RuleTrace;
  /**
   * By rule index, the traces of runs decided by the first condition alone, by `memoSlot` of the
   * value it read: the evaluator looks there before calling `finishRule`.
   */
  readonly firstConditionMemos: readonly (readonly (RuleTrace | undefined)[] | undefined)[];
  /** The memo slot of a field's value in this explanation: 1 + its id, or 0 when it is not memoised. */
  memoSlot(field: number, value: FieldValue): number;
}

const MAX_VALUES_PER_FIELD = 64;
const MAX_MEMO_PER_RULE = 256;
const MAX_MEMO_TEXT = 256;
const MAX_MEMO_ITEMS = 8;
// Memo keys are base-(MAX_VALUES_PER_FIELD + 1) numbers, one digit per condition, exact up to this many.
const MAX_MEMO_CONDITIONS = 8;
const NO_NODES: readonly NodeTrace[] = Object.freeze([]);

interface RuleMeta {
  readonly rule: PlannedRule;
  readonly firstField: number;
  /** Traces keyed by one condition's value id + 1 (the common case: the first condition failed). */
  readonly memoOne: (RuleTrace | undefined)[];
  /** Traces keyed by several conditions' value ids. */
  readonly memoMany: Map<number, RuleTrace>;
}

/** Precomputes everything about traces that does not depend on the facts. */
export function createRuleTraceBuilder(plan: RuleSetPlan): RuleTraceBuilder {
  const entries = new Int32Array(Math.max(1, ...plan.rules.map((r) => r.size)));
  const idleTraces = plan.ruleSet.rules.map((rule, ruleIndex): RuleTrace =>
    Object.freeze({ ruleId: rule.id, ruleIndex, name: rule.name, status: rule.enabled ? 'notReached' : 'disabled', nodes: NO_NODES }),
  );
  const groupTraces = plan.nodes.flatMap((node) =>
    node.kind === 'group' ? [Object.freeze(buildGroupTrace(node.path, node.combinator, false)), Object.freeze(buildGroupTrace(node.path, node.combinator, true))] : [undefined, undefined],
  );
  const metas = new Array<RuleMeta | undefined>(plan.ruleSet.rules.length).fill(undefined);
  for (const rule of plan.rules) metas[rule.index] = { rule, firstField: firstFieldOf(rule.root), memoOne: [], memoMany: new Map() };
  // Each node's field, or -1 for a group: read per recorded entry, so kept apart from the node objects.
  const nodeFields = Int32Array.from(plan.nodes, (node) => (node.kind === 'condition' ? node.fieldIndex : -1));

  // Per explanation and field: the value read and its memo id (-1: none), valid when stamped with `epoch`.
  const fieldCount = plan.fields.length;
  const values = new Array<FieldValue>(fieldCount).fill(undefined);
  // Float64 stamps count explanations exactly far beyond any process lifetime: no wrap-around.
  const valueStamp = new Float64Array(fieldCount);
  const valueIdAt = new Int32Array(fieldCount);
  const valueIdStamp = new Float64Array(fieldCount);
  const valueIds = plan.fields.map(() => new Map<unknown, number>());
  let epoch = 0;
  let facts: RoutingFacts = {};

  const valueOf = (field: number): FieldValue => {
    if (valueStamp[field] !== epoch) {
      valueStamp[field] = epoch;
      values[field] = readField(facts, plan.fields[field] as FieldAccessor);
    }
    return values[field];
  };

  /** `value` is the field's value when the caller has it at hand, else it is read. */
  const valueIdOf = (field: number, value?: FieldValue): number => {
    if (valueIdStamp[field] === epoch) return valueIdAt[field] as number;
    if (value === undefined) value = valueOf(field);
    const ids = valueIds[field] as Map<unknown, number>;
    let id = -1;
    const key = memoKeyOf(value);
    if (key !== NO_KEY) {
      id = ids.get(key) ?? -1;
      if (id < 0 && ids.size < MAX_VALUES_PER_FIELD) ids.set(key, (id = ids.size));
    }
    valueIdStamp[field] = epoch;
    valueIdAt[field] = id;
    return id;
  };

  /** The memo key for the recorded conditions' values, or -1 when one of them cannot be memoised. */
  const memoKey = (count: number): number => {
    let key = 0;
    let conditions = 0;
    for (let i = 0; i < count; i++) {
      const field = nodeFields[(entries[i] as number) >> 1] as number;
      if (field < 0) continue;
      const id = valueIdOf(field);
      if (id < 0 || ++conditions > MAX_MEMO_CONDITIONS) return -1;
      key = key * (MAX_VALUES_PER_FIELD + 1) + id + 1;
    }
    return key;
  };

  const build = (meta: RuleMeta, count: number): RuleTrace => {
    const nodes = new Array<NodeTrace>(count);
    for (let i = 0; i < count; i++) {
      const entry = entries[i] as number;
      const node = plan.nodes[entry >> 1] as PlannedNode;
      nodes[i] = node.kind === 'group' ? (groupTraces[entry] as GroupTrace) : buildConditionTrace(node.path, node.condition, valueOf(node.fieldIndex), (entry & 1) === 1);
    }
    const { rule, index } = meta.rule;
    const status = (entries[0] as number) & 1 ? 'matched' : 'notMatched';
    return { ruleId: rule.id, ruleIndex: index, name: rule.name, status, nodes };
  };

  return {
    entries,
    idleTraces,
    firstConditionMemos: metas.map((meta) => meta?.memoOne),
    memoSlot: (field, value) => valueIdOf(field, value) + 1,
    begin: (input) => {
      epoch += 1;
      facts = input;
    },
    end: () => {
      facts = {};
      values.fill(undefined);
    },
    finishRule: (ruleIndex, count, firstValue) => {
      const meta = metas[ruleIndex] as RuleMeta;
      // The evaluator has read the first condition's field already; no need to read it again.
      if (valueStamp[meta.firstField] !== epoch) {
        valueStamp[meta.firstField] = epoch;
        values[meta.firstField] = firstValue;
      }
      const key = memoKey(count);
      if (key < 0) return build(meta, count);
      if (key <= MAX_VALUES_PER_FIELD) return (meta.memoOne[key] ??= shareTrace(build(meta, count)));
      let trace = meta.memoMany.get(key);
      if (trace === undefined) {
        if (meta.memoMany.size >= MAX_MEMO_PER_RULE) return build(meta, count);
        trace = shareTrace(build(meta, count));
        meta.memoMany.set(key, trace);
      }
      return trace;
    },
  };
}

function firstFieldOf(node: PlannedNode): number {
  return node.kind === 'condition' ? node.fieldIndex : firstFieldOf(node.children[0] as PlannedNode);
}

const NO_KEY = Symbol('no memo key');

/**
 * A value as a memo key, or NO_KEY when it makes a poor one: long texts and lists rarely repeat,
 * and -0 would come back as the 0 it shares a key with. A field's values all have one type, so
 * a list's JSON never meets a text of the same spelling.
 */
function memoKeyOf(value: FieldValue): unknown {
  if (typeof value !== 'object') return (typeof value === 'string' && value.length > MAX_MEMO_TEXT) || Object.is(value, -0) ? NO_KEY : value;
  if (value.length > MAX_MEMO_ITEMS) return NO_KEY;
  const key = JSON.stringify(value);
  return key.length > MAX_MEMO_TEXT ? NO_KEY : key;
}

/**
 * A frozen copy of a fresh trace, to keep in a memo; lists are copied too (the facts' own stay the
 * caller's). Copied rather than frozen in place on purpose: V8 pretenures an allocation site whose
 * objects mostly survive, and while the memos fill, memoised traces do. Built at the sites of
 * throwaway traces they got those sites pretenured, so every trace was then allocated in the old
 * generation and collected by full GCs: explain ran 2.5× slower.
 */
function shareTrace(trace: RuleTrace): RuleTrace {
  const { ruleId, ruleIndex, name, status } = trace;
  return Object.freeze({ ruleId, ruleIndex, name, status, nodes: Object.freeze(trace.nodes.map(shareNode)) });
}

function shareNode(node: NodeTrace): NodeTrace {
  if (node.kind === 'group') return node;
  const { kind, path, field, operator, result } = node;
  const actual = typeof node.actual === 'object' && node.actual !== null ? Object.freeze([...(node.actual as readonly unknown[])]) : node.actual;
  // Same keys in the same order as buildConditionTrace: explanations must not differ by whether they were memoised.
  return Object.freeze('expected' in node ? { kind, path, field, operator, expected: node.expected, actual, result } : { kind, path, field, operator, actual, result });
}
