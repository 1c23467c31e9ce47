import type { HitPolicy, Issue } from '@handoff/domain';
import { RULE_LIMITS } from '@handoff/domain';
import { Button, Card, Group, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState, type Dispatch } from 'react';
import type { DraftRuleSet } from '../adapters/draft-types';
import type { EditorCatalogue } from '../adapters/editor-catalogue';
import { pathBelow } from '../adapters/issue-messages';
import { summarizeActions, summarizeConditions } from '../adapters/rule-summary';
import { createDraftRule, type RuleSetEditorAction } from '../hooks/rule-set-editor-reducer';
import { ActionListEditor } from './action-list-editor';
import type { ActionChoices } from './action-fields';
import type { ValueSuggestions } from './builder/builder-context';
import { RuleCard } from './rule-card';
import { RuleEditor } from './rule-editor';
import { RuleList } from './rule-list';

/** Props of the rules tab. */
export interface RulesPanelProps {
  readonly draft: DraftRuleSet;
  readonly dispatch: Dispatch<RuleSetEditorAction>;
  readonly issues: readonly Issue[];
  readonly catalogue: EditorCatalogue;
  readonly choices: ActionChoices;
  readonly suggestions: ValueSuggestions;
  /** The rule whose editor is open (one at a time, so every control's name is unique on the page). */
  readonly expandedId: string | null;
  readonly onExpand: (ruleId: string | null) => void;
}

/** A rule id no other rule of the set has (ids appear in paths and traces, so letters, digits and '-' only). */
function newRuleId(taken: readonly { id: string }[]): string {
  for (;;) {
    const id = `rule-${Math.random().toString(36).slice(2, 10)}`;
    if (!taken.some((rule) => rule.id === id)) return id;
  }
}

/** Hit policy, the ordered rules and the fallback. */
export function RulesPanel({ draft, dispatch, issues, catalogue, choices, suggestions, expandedId, onExpand }: RulesPanelProps) {
  const [focusId, setFocusId] = useState<string | null>(null);
  const label = (list: readonly { value: string; label: string }[]) => (id: string) => list.find((o) => o.value === id)?.label ?? id;
  const names = { team: label(choices.teams), user: label(choices.users) };
  const addRule = () => {
    const id = newRuleId(draft.rules);
    dispatch({ type: 'ruleAdded', rule: createDraftRule(id, `New rule ${draft.rules.length + 1}`) });
    setFocusId(id);
    onExpand(id);
  };
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Stack gap={4}>
          <Text size="sm" fw={500} id="hit-policy-label">
            When several rules match
          </Text>
          <SegmentedControl
            aria-labelledby="hit-policy-label"
            data={[
              { value: 'firstMatch', label: 'First match decides' },
              { value: 'collectAll', label: 'All matching rules apply' },
            ]}
            value={draft.hitPolicy}
            onChange={(hitPolicy) => dispatch({ type: 'hitPolicyChanged', hitPolicy: hitPolicy as HitPolicy })}
          />
        </Stack>
        <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={addRule} disabled={draft.rules.length >= RULE_LIMITS.maxRules}>
          New rule
        </Button>
      </Group>
      {draft.rules.length === 0 && (
        <Card withBorder padding="lg">
          <Text c="dimmed" ta="center">
            No rules yet. Add one with “New rule”; until then every ticket gets the fallback.
          </Text>
        </Card>
      )}
      <RuleList
        rules={draft.rules}
        onMove={(from, to) => dispatch({ type: 'ruleMoved', from, to })}
        onDelete={(ruleId) => dispatch({ type: 'ruleDeleted', ruleId })}
        renderRule={(rule, index, requestDelete) => (
          <RuleCard
            key={rule.id}
            rule={rule}
            index={index}
            count={draft.rules.length}
            showStop={draft.hitPolicy === 'collectAll'}
            issueCount={issues.filter((issue) => pathBelow(issue.path, `rules[${index}]`) !== undefined).length}
            summary={{ conditions: summarizeConditions(rule.when, catalogue), actions: summarizeActions(rule.then, names) }}
            expanded={expandedId === rule.id}
            onToggle={() => onExpand(expandedId === rule.id ? null : rule.id)}
            onChange={(patch) => dispatch({ type: 'ruleChanged', ruleId: rule.id, patch })}
            onMove={(to) => dispatch({ type: 'ruleMoved', from: index, to })}
            onDuplicate={() => dispatch({ type: 'ruleDuplicated', ruleId: rule.id, newId: newRuleId(draft.rules) })}
            onDelete={requestDelete}
          >
            <RuleEditor
              rule={rule}
              index={index}
              issues={issues}
              onChange={(patch) => dispatch({ type: 'ruleChanged', ruleId: rule.id, patch })}
              catalogue={catalogue}
              choices={choices}
              suggestions={suggestions}
              focusName={focusId === rule.id}
            />
          </RuleCard>
        )}
      />
      <Card withBorder padding="md" component="section" aria-labelledby="fallback-title">
        <Stack gap="xs">
          <Title order={4} size="h5" id="fallback-title">
            Fallback
          </Title>
          <Text size="sm" c="dimmed">
            What happens when no enabled rule matches.
          </Text>
          <ActionListEditor
            actions={draft.fallback}
            onChange={(fallback) => dispatch({ type: 'fallbackChanged', fallback })}
            issues={issues}
            basePath="fallback"
            noun="Fallback action"
            choices={choices}
            emptyText="No fallback actions: unmatched tickets stay unassigned."
          />
        </Stack>
      </Card>
    </Stack>
  );
}
