import type { Path, RuleGroupType, RuleGroupTypeAny, RuleType } from 'react-querybuilder';
import { isDraftGroup, type DraftCondition, type DraftNode } from './draft-types';

/**
 * The one place that knows react-querybuilder's format: a rule's `when` tree ⇄ a builder query.
 * Everything else in the feature speaks the domain AST, so the UI library stays swappable.
 *
 * Canonical form (what `toBuilder` produces, and how `fromBuilder` reads any builder query):
 * - `{ all: [...] }` ⇄ group `{ combinator: 'and', rules }`; `{ any: [...] }` ⇄ `{ combinator: 'or' }`.
 * - `{ not: G }` where G is an all/any group ⇄ G's group with `not: true`.
 * - `{ not: X }` where X is a condition or another `not` ⇄ a group with `not: true` and
 *   `wrapper: true` holding X alone. `wrapper` tells it apart from `{ not: { all: [X] } }`.
 * - A bare condition as the root of `when` ⇄ a root group with `wrapper: true` holding it alone
 *   (the builder's root is always a group). A wrapper group with one child reads back as that
 *   child (negated if `not`); with 0 or 2+ children (the admin added or removed some) it reads as
 *   an ordinary all/any group, so `wrapper` never changes what the admin sees.
 * - Conditions ⇄ rules: `field`, `operator`, `ignoreCase`, `ignoreAccents` as they are; a
 *   condition without `value` ⇄ `value: null` (the domain never holds null values).
 * - `not: false`, ids, paths and `valueSource` are UI-only and never reach the domain.
 * `fromBuilder(toBuilder(node))` deep-equals `node` for every node (property-tested).
 */

/** A builder rule: a condition plus the text folding flags carried as extra properties. */
export interface BuilderRule extends RuleType {
  ignoreCase?: boolean;
  ignoreAccents?: boolean;
}

/** A builder group; `wrapper` marks a group that only stands in for its single child (see above). */
export type BuilderGroup = RuleGroupType<BuilderRule> & { wrapper?: boolean };

/** Ids from positions: stable for a given tree, unique within it. The builder makes its own for new items. */
const idOf = (path: Path): string => `n${path.join('-')}`;

/** The builder query for a rule's `when`. */
export function toBuilder(node: DraftNode): BuilderGroup {
  return toGroup(node, []);
}

function toGroup(node: DraftNode, path: Path): BuilderGroup {
  const id = idOf(path);
  if ('all' in node) return { id, combinator: 'and', rules: node.all.map((child, i) => toItem(child, [...path, i])) };
  if ('any' in node) return { id, combinator: 'or', rules: node.any.map((child, i) => toItem(child, [...path, i])) };
  if ('not' in node) {
    const child = node.not;
    if ('all' in child || 'any' in child) return { ...toGroup(child, path), not: true };
    return { id, combinator: 'and', not: true, wrapper: true, rules: [toItem(child, [...path, 0])] };
  }
  return { id, combinator: 'and', wrapper: true, rules: [toRule(node, [...path, 0])] };
}

const toItem = (node: DraftNode, path: Path): BuilderRule | BuilderGroup => (isDraftGroup(node) ? toGroup(node, path) : toRule(node, path));

function toRule(condition: DraftCondition, path: Path): BuilderRule {
  const { field, operator, value, ignoreCase, ignoreAccents } = condition;
  return {
    id: idOf(path),
    field,
    operator,
    value: 'value' in condition ? copyValue(value) : null,
    ...(ignoreCase === undefined ? {} : { ignoreCase }),
    ...(ignoreAccents === undefined ? {} : { ignoreAccents }),
  };
}

// The builder freezes its state; copying keeps the editor's draft arrays out of it.
const copyValue = (value: unknown): unknown => (Array.isArray(value) ? [...value] : value);

/** The domain node a builder query stands for. */
export function fromBuilder(group: RuleGroupTypeAny): DraftNode {
  const children = group.rules.flatMap((item) => (typeof item === 'string' ? [] : [fromItem(item)]));
  const [only] = children;
  if ((group as BuilderGroup).wrapper === true && only !== undefined && children.length === 1) {
    return group.not === true ? { not: only } : only;
  }
  const core: DraftNode = 'combinator' in group && group.combinator === 'or' ? { any: children } : { all: children };
  return group.not === true ? { not: core } : core;
}

const fromItem = (item: RuleType | RuleGroupTypeAny): DraftNode => ('rules' in item ? fromBuilder(item) : fromRule(item));

function fromRule(rule: BuilderRule): DraftCondition {
  const { field, operator, value, ignoreCase, ignoreAccents } = rule;
  return {
    field,
    operator,
    ...(value === null || value === undefined ? {} : { value: copyValue(value) }),
    ...(typeof ignoreCase === 'boolean' ? { ignoreCase } : {}),
    ...(typeof ignoreAccents === 'boolean' ? { ignoreAccents } : {}),
  };
}
