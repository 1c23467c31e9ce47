import { Button, Fieldset, Grid, Select, Stack } from '@mantine/core';
import { IconPlayerPlay } from '@tabler/icons-react';
import type { FormEvent } from 'react';
import type { RuleSetSource, SimulatorRuleSetsQuery } from '../../../generated/graphql';
import type { ApiIssue } from '../../../lib/errors/read-api-error';
import type { FactValue } from '../adapters/fact-value';
import { issueAt } from '../adapters/place-issues';
import { ConfigurationSwitch } from './configuration-switch';
import { FactFieldInput, type FactField } from './fact-field-input';

const SECTIONS = [
  { entity: 'ticket', legend: 'Ticket' },
  { entity: 'conversation', legend: 'Conversation' },
  { entity: 'contact', legend: 'Contact' },
  { entity: 'channel', legend: 'Channel' },
] as const;

// Long text and tag lists get the whole row; the rest sit two to a row.
const isWide = (field: FactField) => field.type === 'stringList' || field.id === 'ticket.description' || field.id === 'conversation.messageText';

interface TicketFormProps {
  readonly ruleSets: SimulatorRuleSetsQuery['ruleSets'];
  readonly activeRuleSetId: string | null;
  readonly ruleSetId: string | null;
  readonly onRuleSetChange: (id: string) => void;
  readonly source: RuleSetSource;
  readonly onSourceChange: (source: RuleSetSource) => void;
  readonly fields: readonly (FactField & { entity: string })[];
  readonly values: Readonly<Record<string, FactValue>>;
  readonly onValueChange: (id: string, value: FactValue) => void;
  readonly onSubmit: () => void;
  readonly loading: boolean;
  readonly issues: readonly ApiIssue[];
  readonly ruleSetError: string | undefined;
}

/** A ticket to route, filled in field by field from the workspace's catalogue, and the rule set to route it with. */
export function TicketForm(props: TicketFormProps) {
  const { ruleSets, activeRuleSetId, fields, values, issues } = props;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    props.onSubmit();
  };
  const ruleSetOptions = ruleSets.map((r) => ({
    value: r.id,
    label: `${r.name}${r.id === activeRuleSetId ? ' (in use)' : ''}${r.publishedVersion === null ? ' (never published)' : ''}`,
  }));
  return (
    <form onSubmit={submit} noValidate aria-label="Ticket to simulate">
      <Stack gap="md">
        <Select
          label="Rule set"
          data={ruleSetOptions}
          value={props.ruleSetId}
          onChange={(id) => id && props.onRuleSetChange(id)}
          allowDeselect={false}
          placeholder="Pick a rule set"
          error={props.ruleSetError ?? issueAt(issues, 'input.ruleSetId')}
        />
        <ConfigurationSwitch
          value={props.source}
          onChange={props.onSourceChange}
          description="Route with the published version (what live tickets use) or with the draft being edited."
          error={issueAt(issues, 'input.source')}
        />
        {SECTIONS.map(({ entity, legend }) => {
          const inSection = fields.filter((f) => f.entity === entity);
          if (inSection.length === 0) return null;
          return (
            <Fieldset key={entity} legend={legend} variant="filled">
              <Grid gap="sm">
                {inSection.map((field) => (
                  <Grid.Col key={field.id} span={isWide(field) ? 12 : { base: 12, sm: 6 }}>
                    <FactFieldInput field={field} value={values[field.id]} onChange={(v) => props.onValueChange(field.id, v)} />
                  </Grid.Col>
                ))}
              </Grid>
            </Fieldset>
          );
        })}
        <Button type="submit" loading={props.loading} leftSection={<IconPlayerPlay size={16} aria-hidden />}>
          Run simulation
        </Button>
      </Stack>
    </form>
  );
}
