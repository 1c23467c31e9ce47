import type { Issue } from '@handoff/domain';
import { RULE_LIMITS } from '@handoff/domain';
import { Divider, Stack, Text, TextInput, Title } from '@mantine/core';
import type { DraftRule } from '../adapters/draft-types';
import type { EditorCatalogue } from '../adapters/editor-catalogue';
import { issueMessage, pathBelow } from '../adapters/issue-messages';
import { ActionListEditor } from './action-list-editor';
import type { ActionChoices } from './action-fields';
import type { ValueSuggestions } from './builder/builder-context';
import { ConditionBuilder } from './builder/condition-builder';

/** Props of the body of an expanded rule card. */
export interface RuleEditorProps {
  readonly rule: DraftRule;
  readonly index: number;
  readonly issues: readonly Issue[];
  readonly onChange: (patch: Partial<Omit<DraftRule, 'id'>>) => void;
  readonly catalogue: EditorCatalogue;
  readonly choices: ActionChoices;
  readonly suggestions: ValueSuggestions;
  readonly focusName?: boolean;
}

/** A rule's name, its conditions (the visual builder) and its actions. */
export function RuleEditor({ rule, index, issues, onChange, catalogue, choices, suggestions, focusName }: RuleEditorProps) {
  const base = `rules[${index}]`;
  const at = (key: string) => issues.filter((issue) => pathBelow(issue.path, `${base}.${key}`) !== undefined);
  // Issues on the rule as a whole, or on parts with no control of their own (id, enabled, unknown keys).
  const ruleIssues = issues.filter((issue) => {
    const below = pathBelow(issue.path, base);
    return below !== undefined && !/^(name|when|then|stop)\b/.test(below);
  });
  return (
    <Stack gap="md">
      {ruleIssues.map((issue) => (
        <Text key={`${issue.path}:${issue.code}`} size="sm" c="red.7">
          {issueMessage(issue)}
        </Text>
      ))}
      <TextInput
        label="Rule name"
        value={rule.name}
        onChange={(event) => onChange({ name: event.currentTarget.value })}
        maxLength={RULE_LIMITS.maxNameLength}
        error={at('name').map((issue) => issueMessage(issue)).join(' ') || undefined}
        data-autofocus={focusName || undefined}
        autoFocus={focusName}
        maw={520}
      />
      <Stack gap={6}>
        <Title order={4} size="h6" tt="uppercase" c="dimmed">
          When
        </Title>
        <ConditionBuilder when={rule.when} onChange={(when) => onChange({ when })} issues={at('when')} basePath={`${base}.when`} catalogue={catalogue} suggestions={suggestions} />
      </Stack>
      <Divider />
      <Stack gap={6}>
        <Title order={4} size="h6" tt="uppercase" c="dimmed">
          Then
        </Title>
        <ActionListEditor
          actions={rule.then}
          onChange={(then) => onChange({ then })}
          issues={at('then')}
          basePath={`${base}.then`}
          noun="Action"
          choices={choices}
          emptyText="No actions yet: a matching rule would change nothing."
        />
      </Stack>
    </Stack>
  );
}
