import { createChunkScope, createEvaluationState, type ChunkScope } from './create-chunk-scope';
import { generateConditionCode, type ConstantRef } from './generate-condition-code';
import { indexRules } from './index-rules';
import type { PlannedNode, PlannedRule, RuleSetPlan } from './plan-rule-set';
import type { RoutingDecision } from './routing-decision';

/**
 * `decide` computes the decision. `trace` also records, per evaluated rule, every node it
 * evaluates in pre-order into `h.entries` (`2 * nodeId + result`; a group's slot is taken before
 * its children run and filled after), then stores `h.finishRule(ruleIndex, count, firstValue)`
 * into the rule-trace array it is given (`firstValue`: what the rule's first condition read).
 */
export type EvaluatorMode = 'decide' | 'trace';

/** Generated source for `new Function('k', 'h', source)`, and the constants to pass as `k`. */
export interface EvaluatorSource {
  readonly source: string;
  readonly constants: readonly unknown[];
}

/** The per-rule decisions a first-match `decide` evaluator returns, precomputed. */
export interface PrecomputedDecisions {
  readonly byRule: readonly (RoutingDecision | undefined)[];
  readonly fallback: RoutingDecision;
}

const CHUNK_SOURCE_BUDGET = 24_000;

/**
 * Generates the evaluator for a plan. First-match `decide` builds `(facts) => decision`;
 * collect-all `decide` builds `(facts, matched: Int32Array) => count`, writing the indexes of the
 * matched rules; `trace` builds `(facts, ruleTraces) => count`, writing matched indexes to
 * `h.matched` and evaluated rules' traces into `ruleTraces`.
 *
 * Why this is safe: nothing from the rule set, the facts or a custom property is ever written
 * into the source. Every value (strings, numbers, lists as Sets, patterns, field accessors,
 * decisions) goes into the constants array and the source names it `k<index>`; the text we do
 * emit is our identifiers, operators, integer indexes and, for built-in fields, a property
 * name from the catalogue that must match /^[A-Za-z][A-Za-z0-9]*$/. So no rule, however
 * crafted, can change the generated program, only the constants it compares with.
 */
export function generateEvaluatorSource(
  plan: RuleSetPlan,
  mode: EvaluatorMode,
  decisions: PrecomputedDecisions,
  traceMemos: readonly unknown[] = [],
): EvaluatorSource {
  const constants: unknown[] = [];
  const names = new Map<unknown, string>();
  const constant: ConstantRef = (value) => {
    let name = names.get(value);
    if (name === undefined) {
      name = `k${constants.length}`;
      constants.push(value);
      names.set(value, name);
    }
    return name;
  };
  const firstMatch = plan.ruleSet.hitPolicy === 'firstMatch';
  const returnsDecision = mode === 'decide' && firstMatch;
  // What the caller passes in: the buffer for matched rule indexes, or the array of rule traces.
  const out = mode === 'decide' ? 'w' : 'R';

  const statementOf = (planned: PlannedRule, scope: ChunkScope): string => {
    const { index, rule } = planned;
    if (mode === 'trace') {
      const expression = tracedNodeCode(planned.root, scope, constant, 0);
      const ends = firstMatch || rule.stop === true;
      const { fieldIndex: first, span } = firstCondition(planned.root);
      const value = scope.field(first).local;
      scope.markFirstField(first);
      // A rule decided by its first condition alone is looked up inline in its memo (see create-rule-trace-builder.ts).
      const memo = `(c === ${span} && (o = ${constant(traceMemos[index])}[v${first} < 0 ? (v${first} = memoSlot(${first}, ${value})) : v${first}]) !== undefined)`;
      return `c = 0; t = ${expression}; R[${index}] = ${memo} ? o : finishRule(${index}, c, ${value}); if (t) { w[n++] = ${index};${ends ? ' return ~n;' : ''} }`;
    }
    const condition = nodeCode(planned.root, scope, constant);
    if (returnsDecision) return `if (${condition}) return ${constant(decisions.byRule[index])};`;
    return `if (${condition}) ${rule.stop === true ? `{ w[n++] = ${index}; return ~n; }` : `w[n++] = ${index};`}`;
  };

  // Rules go into chunk functions of bounded source size: V8 will not optimise a function past
  // ~60 KB of bytecode, and bytecode grows about as fast as this source. A chain is the chunks
  // for a list of rules, run in order; its code is an expression of `f` (and `n` when counting).
  const functions: string[] = [];
  const state = createEvaluationState();
  const chainCode = (rules: readonly PlannedRule[]): string => {
    const calls: number[] = [];
    let scope = createChunkScope(plan.fields, constant, state);
    let statements: string[] = [];
    let size = 0;
    const closeChunk = (): void => {
      const params = returnsDecision ? '(f)' : `(f, ${out}, n)`;
      const tail = returnsDecision ? 'return undefined;' : 'return n;';
      calls.push(functions.length);
      functions.push([`function c${functions.length}${params} {`, scope.declarations(mode === 'trace'), ...statements, tail, '}'].join('\n'));
      scope = createChunkScope(plan.fields, constant, state);
      statements = [];
      size = 0;
    };
    for (const planned of rules) {
      const rollback = scope.checkpoint();
      let statement = statementOf(planned, scope);
      if (size > 0 && size + statement.length > CHUNK_SOURCE_BUDGET) {
        rollback();
        closeChunk();
        statement = statementOf(planned, scope);
      }
      statements.push(statement);
      size += statement.length;
    }
    if (statements.length > 0) closeChunk();
    return returnsDecision
      ? [...calls.map((i) => `c${i}(f) ?? `), constant(decisions.fallback)].join('')
      : `(${['n = 0', ...calls.map((i) => `(n >= 0 && (n = c${i}(f, ${out}, n)))`), 'n < 0 ? ~n : n'].join(', ')})`;
  };

  const counter = returnsDecision ? '' : 'let n; ';
  const index = mode === 'decide' ? indexRules(plan) : undefined;
  let main: string;
  if (index === undefined) {
    const chain = chainCode(plan.rules);
    main = `return function evaluate(f, ${out}) { ${state.reset()} ${counter}return ${chain}; };`;
  } else {
    // Read the routed field once, then run only the rules that can match its value.
    const routes = index.routes.map((route, i) => `function route${i}(f, ${out}) { ${counter}return ${chainCode(route.rules)}; }`);
    const entries = index.routes.flatMap((route, i) => route.values.map((value) => `[${constant(value)}, route${i}]`));
    const scope = createChunkScope(plan.fields, constant, state);
    const read = scope.field(index.field).read;
    main = [
      ...routes,
      `function otherwise(f, ${out}) { ${counter}return ${chainCode(index.otherwise)}; }`,
      `const routes = new Map([${entries.join(', ')}]);`,
      `return function evaluate(f, ${out}) { ${state.reset()} ${scope.declarations(false)}\nreturn (routes.get(${read}) ?? otherwise)(f, ${out}); };`,
    ].join('\n');
  }
  const prelude = [
    '"use strict";',
    'const readField = h.readField, foldValue = h.foldValue, hasAny = h.hasAnyItem, hasAll = h.hasAllItems;',
    mode === 'trace' ? 'const m = h.entries, w = h.matched, finishRule = h.finishRule, memoSlot = h.memoSlot;' : '',
    constants.length === 0 ? '' : `const ${constants.map((_, i) => `k${i} = k[${i}]`).join(', ')};`,
  ];
  return { source: [...prelude, state.declarations(), ...functions, main].join('\n'), constants };
}

/**
 * The condition evaluated first in a tree (always evaluated, so its field has been read by the
 * end) and how many entries a run records when it alone decides: it and the groups above it.
 */
function firstCondition(node: PlannedNode, span = 1): { readonly fieldIndex: number; readonly span: number } {
  return node.kind === 'condition' ? { fieldIndex: node.fieldIndex, span } : firstCondition(node.children[0] as PlannedNode, span + 1);
}

function nodeCode(node: PlannedNode, scope: ChunkScope, constant: ConstantRef): string {
  if (node.kind === 'condition') return generateConditionCode(node.prepared, scope.field(node.fieldIndex), constant);
  const children = node.children.map((child) => nodeCode(child, scope, constant));
  if (node.combinator === 'not') return `!${children[0]}`;
  return `(${children.join(node.combinator === 'all' ? ' && ' : ' || ')})`;
}

/** Like `nodeCode`, recording each node at `m[c]`; `g<depth>` holds a group's slot while its children run. */
function tracedNodeCode(node: PlannedNode, scope: ChunkScope, constant: ConstantRef, depth: number): string {
  const whenTrue = 2 * node.id + 1;
  const whenFalse = 2 * node.id;
  if (node.kind === 'condition') {
    const condition = generateConditionCode(node.prepared, scope.field(node.fieldIndex), constant);
    return `((m[c++] = ${condition} ? ${whenTrue} : ${whenFalse}) === ${whenTrue})`;
  }
  scope.markGroupDepth(depth);
  const children = node.children.map((child) => tracedNodeCode(child, scope, constant, depth + 1));
  const inner = node.combinator === 'not' ? `!${children[0]}` : `(${children.join(node.combinator === 'all' ? ' && ' : ' || ')})`;
  return `((g${depth} = c++, m[g${depth}] = ${inner} ? ${whenTrue} : ${whenFalse}) === ${whenTrue})`;
}
