import { Autocomplete, Button, Fieldset, MultiSelect, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { IconPlayerPlay } from '@tabler/icons-react';
import type { FormEvent, KeyboardEvent } from 'react';
import type { AgentSignal, Channel } from '../../../generated/graphql';
import type { ApiIssue } from '../../../lib/errors/read-api-error';
import type { HandoffFormValues } from '../adapters/build-handoff-input';
import { CHANNEL_OPTIONS, LANGUAGE_SUGGESTIONS, SIGNAL_OPTIONS, toOptions } from '../adapters/option-labels';
import { issueAt } from '../adapters/place-issues';
import { ConfigurationSwitch } from './configuration-switch';
import { DateTimeInput } from './date-time-input';
import { FactFieldInput, type FactField } from './fact-field-input';

interface HandoffFormProps {
  readonly values: HandoffFormValues;
  readonly onChange: (patch: Partial<HandoffFormValues>) => void;
  readonly onSubmit: () => void;
  readonly loading: boolean;
  readonly issues: readonly ApiIssue[];
  /** A message of our own when the text is blank; the server's issues go next to their inputs too. */
  readonly textError: string | undefined;
  readonly tiers: readonly string[];
  readonly customFields: readonly FactField[];
}

/** The visitor turn to simulate: the message, who sent it and how, and which configuration to run. */
export function HandoffForm({ values, onChange, onSubmit, loading, issues, textError, tiers, customFields }: HandoffFormProps) {
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  // Ctrl/⌘+Enter runs from the message box, where plain Enter makes a new line.
  const runOnCtrlEnter = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      onSubmit();
    }
  };
  return (
    <form onSubmit={submit} noValidate aria-label="Visitor message to simulate">
      <Stack gap="md">
        <Textarea
          label="Visitor message"
          description="As the visitor would type it. Ctrl+Enter runs the simulation."
          placeholder="I want to talk to a human about a refund"
          value={values.text}
          onChange={(e) => onChange({ text: e.currentTarget.value })}
          onKeyDown={runOnCtrlEnter}
          error={textError ?? issueAt(issues, 'input.text')}
          autosize
          minRows={3}
          maxRows={8}
          withAsterisk
        />
        <SimpleGrid cols={2} spacing="sm">
          <Select
            label="Channel"
            data={CHANNEL_OPTIONS}
            value={values.channel}
            onChange={(v) => v && onChange({ channel: v as Channel })}
            allowDeselect={false}
            error={issueAt(issues, 'input.channel')}
          />
          <Autocomplete
            label="Language"
            placeholder="e.g. fi or en-GB"
            data={LANGUAGE_SUGGESTIONS}
            value={values.language}
            onChange={(language) => onChange({ language })}
            error={issueAt(issues, 'input.language')}
          />
        </SimpleGrid>
        <Fieldset legend="Contact" variant="filled">
          <Stack gap="sm">
            <TextInput
              label="Contact email"
              placeholder="visitor@example.com"
              type="email"
              value={values.email}
              onChange={(e) => onChange({ email: e.currentTarget.value })}
              error={issueAt(issues, 'input.contact.email')}
            />
            <SimpleGrid cols={2} spacing="sm">
              <TextInput label="Contact company" value={values.company} onChange={(e) => onChange({ company: e.currentTarget.value })} error={issueAt(issues, 'input.contact.company')} />
              <Select label="Contact tier" data={toOptions(tiers)} value={values.tier} onChange={(tier) => onChange({ tier })} clearable placeholder="Not set" error={issueAt(issues, 'input.contact.tier')} />
            </SimpleGrid>
            {customFields.map((field) => (
              <FactFieldInput key={field.id} field={field} value={values.custom[field.id]} onChange={(v) => onChange({ custom: { ...values.custom, [field.id]: v } })} />
            ))}
          </Stack>
        </Fieldset>
        <MultiSelect
          label="Agent signals"
          description="What the AI agent reports along with this message (optional)."
          data={SIGNAL_OPTIONS}
          value={[...values.signals]}
          onChange={(signals) => onChange({ signals: signals as AgentSignal[] })}
          placeholder={values.signals.length === 0 ? 'None' : undefined}
          clearable
          error={issueAt(issues, 'input.signals')}
        />
        <DateTimeInput
          label="Moment"
          description="Working hours are checked at this time; presence is as it is now. Empty means now."
          value={values.at}
          onChange={(at) => onChange({ at })}
          error={issueAt(issues, 'input.at')}
        />
        <ConfigurationSwitch
          value={values.source}
          onChange={(source) => onChange({ source })}
          description="Runs the stored handoff policy with the routing rule set’s published version, or with its draft."
          error={issueAt(issues, 'input.ruleSetSource') ?? issueAt(issues, 'input.policy.assignment.ruleSetId')}
        />
        <Button type="submit" loading={loading} leftSection={<IconPlayerPlay size={16} aria-hidden />}>
          Run simulation
        </Button>
      </Stack>
    </form>
  );
}
