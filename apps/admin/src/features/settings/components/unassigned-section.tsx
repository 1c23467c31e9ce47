import { Radio, Stack } from '@mantine/core';
import { UNASSIGNED_BEHAVIOURS, type UnassignedBehaviour } from '@handoff/domain';
import { errorText, issuesAt } from '../adapters/issue-places';
import { UNASSIGNED_TEXT } from '../adapters/labels';
import type { SectionProps } from './section-props';
import { SettingsSection } from './settings-section';

/** Live handoff only: what becomes of a chat nobody was assigned to. */
export function UnassignedSection({ form, issues, dispatch }: SectionProps) {
  return (
    <SettingsSection title="Unassigned tickets" help="Applies to live handoff, when the workflow leaves the ticket unassigned.">
      <Radio.Group<UnassignedBehaviour>
        label="When nobody is assigned"
        value={form.unassignedBehaviour}
        onChange={(unassignedBehaviour) => dispatch({ type: 'set', patch: { unassignedBehaviour } })}
        error={errorText(issuesAt(issues, 'unassignedBehaviour'))}
      >
        <Stack gap="sm" mt="xs">
          {UNASSIGNED_BEHAVIOURS.map((value) => (
            <Radio key={value} value={value} label={UNASSIGNED_TEXT[value].label} description={UNASSIGNED_TEXT[value].help} />
          ))}
        </Stack>
      </Radio.Group>
    </SettingsSection>
  );
}
