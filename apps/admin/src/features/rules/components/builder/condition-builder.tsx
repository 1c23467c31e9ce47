import type { Issue } from '@handoff/domain';
import { RULE_LIMITS } from '@handoff/domain';
import { Box } from '@mantine/core';
import { useMemo, useState, type CSSProperties } from 'react';
import { QueryBuilder, type Path, type RuleGroupTypeAny, type RuleType } from 'react-querybuilder';
import { groupName } from '../../adapters/builder-labels';
import { indexDomainPaths, locateInBuilder, pathKey } from '../../adapters/builder-paths';
import { dropInapplicableFlags } from '../../adapters/builder-normalize';
import { fromBuilder, toBuilder, type BuilderGroup } from '../../adapters/condition-adapter';
import { coerceValue } from '../../adapters/condition-values';
import { deepEqual } from '../../adapters/deep-equal';
import type { DraftNode } from '../../adapters/draft-types';
import { operatorLabel, type EditorCatalogue } from '../../adapters/editor-catalogue';
import { pathBelow } from '../../adapters/issue-messages';
import type { BuilderContext, PlacedIssue, ValueSuggestions } from './builder-context';
import { BUILDER_CONTROLS } from './builder-controls';

/** Props of the condition builder for one rule's `when`. */
export interface ConditionBuilderProps {
  readonly when: DraftNode;
  readonly onChange: (when: DraftNode) => void;
  /** The rule set's issues, with paths from the rule set's root; those under `basePath` are placed on the builder. */
  readonly issues: readonly Issue[];
  readonly basePath: string;
  readonly catalogue: EditorCatalogue;
  readonly suggestions: ValueSuggestions;
}

// The library's stylesheet, tuned to the Mantine theme: soft nested panels and tree branch lines.
const BUILDER_STYLE = {
  '--rqb-spacing': '0.625rem',
  '--rqb-background-color': 'color-mix(in srgb, transparent, var(--mantine-color-indigo-6) 5%)',
  '--rqb-border-color': 'var(--mantine-color-gray-4)',
  '--rqb-border-radius': 'var(--mantine-radius-md)',
  '--rqb-branch-color': 'var(--mantine-color-gray-5)',
} as CSSProperties;

const blank = (rule: RuleType): RuleType => ({ ...rule, field: '', operator: '', value: null });

/**
 * react-querybuilder with Mantine controls, editing a rule's condition tree. The builder keeps its
 * own query (ids, UI-only wrappers) and re-reads `when` only when it changes from outside.
 */
export function ConditionBuilder({ when, onChange, issues, basePath, catalogue, suggestions }: ConditionBuilderProps) {
  const [state, setState] = useState(() => ({ query: toBuilder(when), source: when }));
  let { query } = state;
  if (state.source !== when) {
    query = deepEqual(fromBuilder(state.query), when) ? state.query : toBuilder(when);
    setState({ query, source: when });
  }

  const handleQueryChange = (changed: BuilderGroup) => {
    const next = dropInapplicableFlags(changed, catalogue);
    const node = fromBuilder(next);
    const domainChanged = !deepEqual(node, when);
    setState({ query: next, source: domainChanged ? node : when });
    if (domainChanged) onChange(node);
  };

  const context = useMemo((): BuilderContext => {
    const index = indexDomainPaths(query);
    const placed = new Map<string, PlacedIssue[]>();
    for (const issue of issues) {
      const below = pathBelow(issue.path, basePath);
      if (below === undefined) continue;
      const { path, rest } = locateInBuilder(index, below);
      placed.set(pathKey(path), [...(placed.get(pathKey(path)) ?? []), { issue, rest }]);
    }
    return { catalogue, suggestions, issuesAt: (path: Path) => placed.get(pathKey(path)) ?? [] };
  }, [query, issues, basePath, catalogue, suggestions]);

  const fields = useMemo(() => catalogue.fields.map((f) => ({ name: f.id, value: f.id, label: f.label })), [catalogue]);

  return (
    <Box style={BUILDER_STYLE}>
      <QueryBuilder
        query={query}
        onQueryChange={handleQueryChange}
        fields={fields}
        getOperators={(field) => {
          const definition = catalogue.byId.get(field);
          return definition ? definition.operators.map((o) => ({ name: o.id, value: o.id, label: operatorLabel(o, definition.type) })) : [];
        }}
        getDefaultOperator={(field) => catalogue.byId.get(field)?.operators[0]?.id ?? ''}
        getDefaultValue={(rule: RuleType) => coerceValue(catalogue.byId.get(rule.field), rule.operator, rule.value)}
        onAddRule={(rule: RuleType) => blank(rule)}
        onAddGroup={(group: RuleGroupTypeAny) => ({ ...group, rules: group.rules.map((item) => (typeof item === 'string' || 'rules' in item ? item : blank(item))) }) as BuilderGroup}
        resetOnOperatorChange
        addRuleToNewGroups
        showNotToggle
        maxLevels={RULE_LIMITS.maxDepth}
        controlElements={BUILDER_CONTROLS}
        controlClassnames={{ queryBuilder: 'queryBuilder-branches queryBuilder-justified queryBuilder-responsive' }}
        context={context}
        accessibleDescriptionGenerator={({ path }) => (path.length === 0 ? 'Conditions' : `Conditions, ${groupName(path)}`)}
      />
    </Box>
  );
}
