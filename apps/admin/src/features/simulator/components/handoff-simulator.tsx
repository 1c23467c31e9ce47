import { Grid } from '@mantine/core';
import { useMemo, useState } from 'react';
import { SimulatorHandoffDocument } from '../../../generated/graphql';
import { readApiError } from '../../../lib/errors/read-api-error';
import { useReferenceData } from '../../../lib/reference-data/use-reference-data';
import { EMPTY_HANDOFF_FORM, toSimulateHandoffInput, type HandoffFormValues } from '../adapters/build-handoff-input';
import { DEFAULT_TIERS } from '../adapters/option-labels';
import { createTraceVocabulary } from '../adapters/trace-vocabulary';
import { useSimulation } from '../hooks/use-simulation';
import { HandoffForm } from './handoff-form';
import { HandoffResult } from './handoff-result';
import { ResultArea } from './result-area';

/** The "Visitor message" tab: a turn on the left, what it would cause and why on the right. */
export function HandoffSimulator() {
  const { data: reference } = useReferenceData();
  const vocabulary = useMemo(() => createTraceVocabulary(reference), [reference]);
  const catalogue = reference?.fieldCatalogue ?? [];
  const tiers = catalogue.find((f) => f.id === 'contact.tier')?.options ?? DEFAULT_TIERS;
  const customFields = catalogue.filter((f) => f.entity === 'contact' && f.custom);
  const fieldTypes = useMemo(() => new Map(catalogue.map((f) => [f.id, f.type])), [catalogue]);

  const [values, setValues] = useState<HandoffFormValues>(EMPTY_HANDOFF_FORM);
  const [textError, setTextError] = useState<string>();
  const simulation = useSimulation(SimulatorHandoffDocument);
  const issues = simulation.error ? readApiError(simulation.error).issues : [];

  const run = () => {
    if (values.text.trim() === '') {
      setTextError('Type the message the visitor would send.');
      return;
    }
    setTextError(undefined);
    void simulation.run({ input: toSimulateHandoffInput(values, fieldTypes) });
  };

  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, lg: 4 }}>
        <HandoffForm
          values={values}
          onChange={(patch) => setValues((v) => ({ ...v, ...patch }))}
          onSubmit={run}
          loading={simulation.loading}
          issues={issues}
          textError={textError}
          tiers={tiers}
          customFields={customFields}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 8 }}>
        <ResultArea
          loading={simulation.loading}
          error={simulation.error}
          hasResult={simulation.data !== undefined}
          emptyHint="Type a visitor message and press Run simulation to see whether it would be handed off, to whom, and why."
        >
          {simulation.data && simulation.variables && (
            <HandoffResult
              simulation={simulation.data.simulateHandoff}
              text={simulation.variables.input.text}
              source={simulation.variables.input.ruleSetSource ?? 'published'}
              vocabulary={vocabulary}
            />
          )}
        </ResultArea>
      </Grid.Col>
    </Grid>
  );
}
