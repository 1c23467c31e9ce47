import { Stack, Switch } from '@mantine/core';
import { BUILT_IN_TRIGGERS } from '@handoff/domain';
import { errorText, issuesAt, leftoverIssues } from '../adapters/issue-places';
import { BUILT_IN_TRIGGER_TEXT } from '../adapters/labels';
import type { SectionProps } from './section-props';
import { SettingsSection } from './settings-section';

/** The three triggers every policy has, each a switch. */
export function BuiltInTriggersSection({ form, issues, dispatch }: SectionProps) {
  const placed = BUILT_IN_TRIGGERS.map((key) => `builtInTriggers.${key}`);
  return (
    <SettingsSection
      title="Built-in triggers"
      help="Situations in which the AI agent hands the conversation over. All are on for a new workspace."
      issues={leftoverIssues(issues, 'builtInTriggers', placed)}
    >
      <Stack gap="sm">
        {BUILT_IN_TRIGGERS.map((key) => (
          <Switch
            key={key}
            label={BUILT_IN_TRIGGER_TEXT[key].label}
            // The wrapping label also holds the description; the switch is named by its label alone.
            aria-label={BUILT_IN_TRIGGER_TEXT[key].label}
            description={BUILT_IN_TRIGGER_TEXT[key].help}
            checked={form.builtInTriggers[key]}
            onChange={(event) => dispatch({ type: 'setBuiltIn', trigger: key, on: event.currentTarget.checked })}
            error={errorText(issuesAt(issues, `builtInTriggers.${key}`))}
          />
        ))}
      </Stack>
    </SettingsSection>
  );
}
