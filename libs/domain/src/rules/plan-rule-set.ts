import { pathIndex, pathProp } from '../shared/issue';
import type { FieldCatalogue } from './field-catalogue';
import { prepareCondition, type PreparedCondition } from './operators';
import { resolveFieldAccessor, type FieldAccessor } from './read-field';
import { isGroup, type Condition, type ConditionNode, type Rule, type RuleSet } from './rule-ast';

/** A condition of an enabled rule, prepared, with its pre-order id and its path in the rule set. */
export interface PlannedCondition {
  readonly kind: 'condition';
  readonly id: number;
  readonly path: string;
  readonly condition: Condition;
  readonly prepared: PreparedCondition;
  /** Index into `RuleSetPlan.fields`. */
  readonly fieldIndex: number;
}

/** A group of an enabled rule, with its pre-order id and path. */
export interface PlannedGroup {
  readonly kind: 'group';
  readonly id: number;
  readonly path: string;
  readonly combinator: 'all' | 'any' | 'not';
  readonly children: readonly PlannedNode[];
}

/** A node of a planned condition tree. */
export type PlannedNode = PlannedCondition | PlannedGroup;

/** An enabled rule, ready for code generation. */
export interface PlannedRule {
  readonly index: number;
  readonly rule: Rule;
  readonly root: PlannedNode;
  /** Nodes in `root`'s tree. */
  readonly size: number;
  /** Group nesting of `root`'s tree (0 for a lone condition). */
  readonly depth: number;
}

/** A validated rule set worked out for evaluation: every enabled rule's prepared tree, the fields used, the nodes by id. */
export interface RuleSetPlan {
  readonly ruleSet: RuleSet;
  readonly rules: readonly PlannedRule[];
  readonly fields: readonly FieldAccessor[];
  readonly nodes: readonly PlannedNode[];
}

/** Prepares every enabled rule of a validated rule set; disabled rules are never evaluated, so they are not prepared. */
export function planRuleSet(ruleSet: RuleSet, catalogue: FieldCatalogue): RuleSetPlan {
  const fields: FieldAccessor[] = [];
  const fieldIndexes = new Map<string, number>();
  const nodes: PlannedNode[] = [];

  const fieldIndexOf = (fieldId: string): number => {
    let index = fieldIndexes.get(fieldId);
    if (index === undefined) {
      index = fields.push(resolveFieldAccessor(fieldId, catalogue)) - 1;
      fieldIndexes.set(fieldId, index);
    }
    return index;
  };

  const plan = (node: ConditionNode, path: string): { node: PlannedNode; depth: number } => {
    const id = nodes.length;
    if (!isGroup(node)) {
      const fieldIndex = fieldIndexOf(node.field);
      const prepared = prepareCondition(node, fields[fieldIndex] as FieldAccessor);
      const planned: PlannedCondition = { kind: 'condition', id, path, condition: node, prepared, fieldIndex };
      nodes.push(planned);
      return { node: planned, depth: 0 };
    }
    const combinator = 'all' in node ? 'all' : 'any' in node ? 'any' : 'not';
    const children: PlannedNode[] = [];
    const group: PlannedGroup = { kind: 'group', id, path, combinator, children };
    nodes.push(group);
    let depth = 0;
    const add = (child: ConditionNode, childPath: string): void => {
      const planned = plan(child, childPath);
      children.push(planned.node);
      depth = Math.max(depth, planned.depth);
    };
    if ('all' in node) node.all.forEach((c, i) => add(c, pathIndex(pathProp(path, 'all'), i)));
    else if ('any' in node) node.any.forEach((c, i) => add(c, pathIndex(pathProp(path, 'any'), i)));
    else add(node.not, pathProp(path, 'not'));
    return { node: group, depth: depth + 1 };
  };

  const rules: PlannedRule[] = [];
  ruleSet.rules.forEach((rule, index) => {
    if (!rule.enabled) return;
    const first = nodes.length;
    const { node, depth } = plan(rule.when, pathProp(pathIndex('rules', index), 'when'));
    rules.push({ index, rule, root: node, size: nodes.length - first, depth });
  });
  return { ruleSet, rules, fields, nodes };
}
