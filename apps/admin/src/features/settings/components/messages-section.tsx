import { Text, Textarea } from '@mantine/core';
import { MESSAGES_USED_BY_PROCESS, RULE_LIMITS } from '@handoff/domain';
import { errorText, issuesAt, leftoverIssues } from '../adapters/issue-places';
import { MESSAGE_TEXT } from '../adapters/labels';
import type { SectionProps } from './section-props';
import { SettingsSection } from './settings-section';

/** The texts the visitor sees; only those the chosen process uses (the domain's own list). */
export function MessagesSection({ form, issues, dispatch }: SectionProps) {
  const used = MESSAGES_USED_BY_PROCESS[form.process];
  return (
    <SettingsSection
      title="Visitor messages"
      help="What the visitor reads during a handoff. Only the texts the chosen process uses are listed."
      // Issues about a text the process does not show still need a place: the section shows them.
      issues={leftoverIssues(issues, 'messages', used.map((kind) => `messages.${kind}`))}
    >
      {used.length === 0 && (
        <Text size="sm" c="dimmed">
          With no handoff the AI agent keeps answering, so no handoff messages are shown. Texts written for the other processes are kept.
        </Text>
      )}
      {used.map((kind) => {
        const length = form.messages[kind].length;
        return (
          <Textarea
            key={kind}
            label={MESSAGE_TEXT[kind].label}
            description={`${MESSAGE_TEXT[kind].help} ${length} / ${RULE_LIMITS.maxStringLength} characters.`}
            autosize
            minRows={2}
            maxRows={6}
            value={form.messages[kind]}
            onChange={(e) => dispatch({ type: 'setMessage', kind, text: e.currentTarget.value })}
            error={errorText(issuesAt(issues, `messages.${kind}`))}
          />
        );
      })}
    </SettingsSection>
  );
}
