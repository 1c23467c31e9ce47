import type { RuleGroupTypeAny, RuleType } from 'react-querybuilder';
import type { BuilderRule } from './condition-adapter';
import { canFoldText } from './condition-values';
import type { EditorCatalogue } from './editor-catalogue';

/**
 * After a field or operator change, drops `ignoreCase` / `ignoreAccents` from conditions where
 * they no longer apply (the parser would refuse them there). Returns the same query when nothing changed.
 */
export function dropInapplicableFlags<G extends RuleGroupTypeAny>(group: G, catalogue: EditorCatalogue): G {
  let changed = false;
  const rules = group.rules.map((item) => {
    if (typeof item === 'string') return item;
    const next = 'rules' in item ? dropInapplicableFlags(item, catalogue) : dropFlags(item, catalogue);
    if (next !== item) changed = true;
    return next;
  });
  return changed ? ({ ...group, rules } as G) : group;
}

function dropFlags(rule: BuilderRule, catalogue: EditorCatalogue): RuleType {
  const hasFlags = rule.ignoreCase !== undefined || rule.ignoreAccents !== undefined;
  if (!hasFlags || canFoldText(catalogue.byId.get(rule.field), rule.operator)) return rule;
  const { ignoreCase: _case, ignoreAccents: _accents, ...rest } = rule;
  return rest;
}
