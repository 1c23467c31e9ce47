import { Radio, Stack } from '@mantine/core';
import { HANDOFF_PROCESSES, type HandoffProcess } from '@handoff/domain';
import { errorText, issuesAt } from '../adapters/issue-places';
import { PROCESS_TEXT } from '../adapters/labels';
import type { SectionProps } from './section-props';
import { SettingsSection } from './settings-section';

/** Live, asynchronous or no handoff. */
export function ProcessSection({ form, issues, dispatch }: SectionProps) {
  return (
    <SettingsSection title="Handoff process" help="What happens once a trigger fires.">
      <Radio.Group<HandoffProcess>
        label="When a trigger fires"
        value={form.process}
        onChange={(process) => dispatch({ type: 'set', patch: { process } })}
        error={errorText(issuesAt(issues, 'process'))}
      >
        <Stack gap="sm" mt="xs">
          {HANDOFF_PROCESSES.map((process) => (
            <Radio key={process} value={process} label={PROCESS_TEXT[process].label} description={PROCESS_TEXT[process].help} />
          ))}
        </Stack>
      </Radio.Group>
    </SettingsSection>
  );
}
