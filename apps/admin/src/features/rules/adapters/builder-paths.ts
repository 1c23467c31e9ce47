import type { Path, RuleGroupTypeAny, RuleType } from 'react-querybuilder';
import type { BuilderGroup } from './condition-adapter';

/**
 * Where each builder item sits in the domain tree, so an issue `parseRuleSet` reports at
 * `rules[2].when.all[1].any[0].value` lands on the builder's condition at `[1, 0]`. Mirrors
 * `fromBuilder` exactly (same reading of wrapper and `not` groups); paths are relative to `when`.
 */

/** What a domain issue points at in the builder: an item, and what is left of the path (`value[0]`, `field`, `all`, ''). */
export interface BuilderLocation {
  readonly path: Path;
  readonly rest: string;
}

const prop = (path: string, name: string): string => (path === '' ? name : `${path}.${name}`);

/** Every domain path (relative to `when`) that names a builder item, with that item's builder path. */
export function indexDomainPaths(group: RuleGroupTypeAny): ReadonlyMap<string, Path> {
  const index = new Map<string, Path>();
  indexGroup(group, [], '', index);
  return index;
}

function indexGroup(group: RuleGroupTypeAny, path: Path, domainPath: string, index: Map<string, Path>): void {
  index.set(domainPath, path);
  const items = group.rules.filter((item): item is RuleType | RuleGroupTypeAny => typeof item !== 'string');
  const [only] = items;
  if ((group as BuilderGroup).wrapper === true && only !== undefined && items.length === 1) {
    // The child stands at the group's own domain path (or under its `not`): issues there belong to the child.
    indexItem(only, [...path, 0], group.not === true ? prop(domainPath, 'not') : domainPath, index);
    return;
  }
  const core = group.not === true ? prop(domainPath, 'not') : domainPath;
  if (group.not === true) index.set(core, path);
  const list = prop(core, 'combinator' in group && group.combinator === 'or' ? 'any' : 'all');
  items.forEach((item, i) => indexItem(item, [...path, i], `${list}[${i}]`, index));
}

function indexItem(item: RuleType | RuleGroupTypeAny, path: Path, domainPath: string, index: Map<string, Path>): void {
  if ('rules' in item) indexGroup(item, path, domainPath, index);
  else index.set(domainPath, path);
}

const isUnder = (path: string, prefix: string): boolean =>
  prefix === '' || path === prefix || path.startsWith(`${prefix}.`) || path.startsWith(`${prefix}[`);

/** The builder item deepest on `domainPath` (relative to `when`), and the rest of the path below it. */
export function locateInBuilder(index: ReadonlyMap<string, Path>, domainPath: string): BuilderLocation {
  let best = '';
  for (const key of index.keys()) {
    if (key.length > best.length && isUnder(domainPath, key)) best = key;
  }
  const rest = domainPath.slice(best.length);
  return { path: index.get(best) ?? [], rest: rest.startsWith('.') ? rest.slice(1) : rest };
}

/** A stable string key for a builder path. */
export const pathKey = (path: Path): string => path.join('.');
