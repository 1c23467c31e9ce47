import { Card, Grid, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import { QueryState } from '../../../components/query-state';
import { SimulatorRoutingDocument, SimulatorRuleSetsDocument, type RuleSetSource } from '../../../generated/graphql';
import { readApiError } from '../../../lib/errors/read-api-error';
import { useReferenceData } from '../../../lib/reference-data/use-reference-data';
import { toRoutingFacts } from '../adapters/build-routing-facts';
import type { FactValue } from '../adapters/fact-value';
import { createTraceVocabulary } from '../adapters/trace-vocabulary';
import { useSimulation } from '../hooks/use-simulation';
import { ResultArea } from './result-area';
import { RoutingTrace } from './routing-trace';
import { TicketForm } from './ticket-form';

/** The "Ticket" tab: route a ticket typed in by hand through a rule set, and see the trace. */
export function TicketSimulator() {
  const { data: reference, loading: referenceLoading, error: referenceError } = useReferenceData();
  // Not cached: a rule set created or published a moment ago must be here when the tab opens.
  const ruleSetsQuery = useQuery(SimulatorRuleSetsDocument, { fetchPolicy: 'no-cache' });
  const vocabulary = useMemo(() => createTraceVocabulary(reference), [reference]);
  const fields = useMemo(() => reference?.fieldCatalogue ?? [], [reference]);
  const fieldTypes = useMemo(() => new Map(fields.map((f) => [f.id, f.type])), [fields]);

  const ruleSets = ruleSetsQuery.data?.ruleSets ?? [];
  const activeRuleSetId = ruleSetsQuery.data?.handoffPolicy?.assignment.ruleSetId ?? null;
  const [picked, setPicked] = useState<string | null>(null);
  const ruleSetId = picked ?? (ruleSets.some((r) => r.id === activeRuleSetId) ? activeRuleSetId : (ruleSets[0]?.id ?? null));
  const [pickedSource, setPickedSource] = useState<RuleSetSource | null>(null);
  const neverPublished = ruleSets.find((r) => r.id === ruleSetId)?.publishedVersion === null;
  // A rule set never published has only a draft to run; the admin can still choose otherwise.
  const source: RuleSetSource = pickedSource ?? (neverPublished ? 'draft' : 'published');
  const [values, setValues] = useState<Record<string, FactValue>>({});
  const [ruleSetError, setRuleSetError] = useState<string>();
  const simulation = useSimulation(SimulatorRoutingDocument);
  const issues = simulation.error ? readApiError(simulation.error).issues : [];

  const run = () => {
    if (!ruleSetId) {
      setRuleSetError('Pick the rule set to route with.');
      return;
    }
    setRuleSetError(undefined);
    void simulation.run({ input: { ruleSetId, source, facts: toRoutingFacts(values, fieldTypes) as Record<string, unknown> } });
  };
  const ranWith = ruleSets.find((r) => r.id === simulation.variables?.input.ruleSetId);

  return (
    <QueryState
      loading={ruleSetsQuery.loading || referenceLoading}
      error={ruleSetsQuery.error ?? referenceError}
      empty={ruleSets.length === 0}
      emptyText="There are no rule sets yet. Create one on the Routing rules screen, then simulate it here."
    >
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <TicketForm
            ruleSets={ruleSets}
            activeRuleSetId={activeRuleSetId}
            ruleSetId={ruleSetId}
            onRuleSetChange={(id) => {
              setPicked(id);
              setPickedSource(null);
            }}
            source={source}
            onSourceChange={setPickedSource}
            fields={fields}
            values={values}
            onValueChange={(id, v) => setValues((current) => ({ ...current, [id]: v }))}
            onSubmit={run}
            loading={simulation.loading}
            issues={issues}
            ruleSetError={ruleSetError}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <ResultArea
            loading={simulation.loading}
            error={simulation.error}
            hasResult={simulation.data !== undefined}
            emptyHint="Fill in the ticket fields your rules look at and press Run simulation to see which rule matches and why."
          >
            {simulation.data && (
              <Card withBorder padding="md" data-testid="routing-result">
                {ranWith && simulation.variables && (
                  <Text size="sm" c="dimmed" mb="xs">
                    {ranWith.name}, {simulation.variables.input.source === 'draft' ? 'draft' : `published version ${ranWith.publishedVersion ?? ''}`}
                  </Text>
                )}
                <RoutingTrace routing={simulation.data.simulateRouting} vocabulary={vocabulary} />
              </Card>
            )}
          </ResultArea>
        </Grid.Col>
      </Grid>
    </QueryState>
  );
}
