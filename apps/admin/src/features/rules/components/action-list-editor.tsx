import type { Issue } from '@handoff/domain';
import { RULE_LIMITS } from '@handoff/domain';
import { ActionIcon, Button, Group, Select, Stack, Text, Tooltip } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { ACTION_TYPE_OPTIONS, createAction, withActionType } from '../adapters/action-defaults';
import type { DraftAction } from '../adapters/draft-types';
import { issueMessage, pathBelow } from '../adapters/issue-messages';
import { ActionFields, type ActionChoices } from './action-fields';

/** Props of an action list: a rule's `then` or the fallback. */
export interface ActionListEditorProps {
  readonly actions: readonly DraftAction[];
  readonly onChange: (actions: readonly DraftAction[]) => void;
  readonly issues: readonly Issue[];
  /** Where the list sits in the rule set (`rules[2].then`, `fallback`), to place issues. */
  readonly basePath: string;
  /** "Action" or "Fallback action": rows are named "Action 1", and the add button "Add action". */
  readonly noun: string;
  readonly choices: ActionChoices;
  readonly emptyText: string;
}

/** The actions in order, each with its type and pickers; add and remove. */
export function ActionListEditor({ actions, onChange, issues, basePath, noun, choices, emptyText }: ActionListEditorProps) {
  const replace = (index: number, action: DraftAction) => onChange(actions.map((a, i) => (i === index ? action : a)));
  const issuesAt = (index: number, key?: string) =>
    issues.filter((issue) => {
      const below = pathBelow(issue.path, `${basePath}[${index}]`);
      return below !== undefined && (key === undefined ? !/^\w/.test(below) || below === 'type' : below === key || below.startsWith(`${key}[`));
    });
  const listIssues = issues.filter((issue) => issue.path === basePath);
  return (
    <Stack gap="xs">
      {actions.length === 0 && (
        <Text size="sm" c="dimmed">
          {emptyText}
        </Text>
      )}
      {actions.map((action, index) => {
        const name = `${noun} ${index + 1}`;
        const rowIssues = issuesAt(index);
        return (
          <Group key={index} gap="xs" align="flex-start" wrap="wrap">
            <Select
              aria-label={`${name} type`}
              size="sm"
              w={210}
              allowDeselect={false}
              data={ACTION_TYPE_OPTIONS}
              value={action.type}
              onChange={(type) => type && replace(index, withActionType(action, type))}
              error={rowIssues.map((issue) => issueMessage(issue)).join(' ') || undefined}
            />
            <ActionFields action={action} name={name} choices={choices} onChange={(next) => replace(index, next)} errorOf={(key) => issuesAt(index, key).map((issue) => issueMessage(issue)).join(' ') || undefined} />
            <Tooltip label={`Remove ${name.toLowerCase()}`}>
              <ActionIcon variant="subtle" color="red" mt={4} aria-label={`Remove ${name.toLowerCase()}`} onClick={() => onChange(actions.filter((_, i) => i !== index))}>
                <IconTrash size={16} aria-hidden />
              </ActionIcon>
            </Tooltip>
          </Group>
        );
      })}
      {listIssues.map((issue) => (
        <Text key={issue.code} size="sm" c="red.7">
          {issueMessage(issue)}
        </Text>
      ))}
      <Group>
        <Button size="xs" variant="light" leftSection={<IconPlus size={14} aria-hidden />} onClick={() => onChange([...actions, createAction('assignTeam')])} disabled={actions.length >= RULE_LIMITS.maxActions}>
          {`Add ${noun.toLowerCase()}`}
        </Button>
      </Group>
    </Stack>
  );
}
