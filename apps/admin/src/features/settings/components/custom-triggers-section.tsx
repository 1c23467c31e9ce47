import { Divider, List, Table, Text, VisuallyHidden } from '@mantine/core';
import { leftoverIssues } from '../adapters/issue-places';
import { CustomTriggerRow } from './custom-trigger-row';
import { NewTriggerForm } from './new-trigger-form';
import type { SectionProps } from './section-props';
import { SettingsSection } from './settings-section';

/** The admin's own words and phrases: a list edited in place, and a form to add one. */
export function CustomTriggersSection({ form, issues, dispatch }: SectionProps) {
  const rows = form.customTriggers;
  const placed = rows.map((_, i) => `customTriggers[${i}]`);
  return (
    <SettingsSection
      title="Custom triggers"
      help="Words or phrases that start a handoff when a visitor message contains them. Case never matters."
      issues={leftoverIssues(issues, 'customTriggers', placed)}
    >
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          No custom triggers yet. Add words such as “refund” or “cancel my order”.
        </Text>
      ) : (
        // Scrolls sideways on narrow screens rather than squeezing the phrase column to nothing.
        <Table.ScrollContainer minWidth={620}>
          <Table verticalSpacing="xs" aria-label="Custom trigger list">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Phrase</Table.Th>
                <Table.Th w={220}>Match mode</Table.Th>
                <Table.Th w={130} style={{ whiteSpace: 'nowrap' }}>
                  Ignore accents
                </Table.Th>
                <Table.Th w={48}>
                  <VisuallyHidden>Actions</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((trigger, index) => (
                <CustomTriggerRow key={trigger.id} trigger={trigger} index={index} issues={issues} dispatch={dispatch} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Divider />
      <NewTriggerForm form={form} dispatch={dispatch} />
      <List size="xs" c="dimmed" spacing={2}>
        <List.Item>Whole words: “refund” finds “a refund, please” but not “refunded”.</List.Item>
        <List.Item>Anywhere in the text: also inside longer words.</List.Item>
        <List.Item>Word prefix: for inflected languages; “peruutus” also finds “peruutukset”.</List.Item>
        <List.Item>Regular expression: a safe pattern, checked as you type.</List.Item>
      </List>
    </SettingsSection>
  );
}
