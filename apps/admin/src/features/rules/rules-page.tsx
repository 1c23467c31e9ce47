import { useQuery } from '@apollo/client/react';
import { Grid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Navigate, useNavigate, useParams } from 'react-router';
import { QueryState } from '../../components/query-state';
import { RulesRuleSetDocument, RulesRuleSetsDocument } from '../../generated/graphql';
import { useReferenceData } from '../../lib/reference-data/use-reference-data';
import { NewRuleSetModal } from './components/new-rule-set-modal';
import { RuleSetEditor } from './components/rule-set-editor';
import { RuleSetPicker } from './components/rule-set-picker';
import { useRulesVocabulary, type RulesVocabulary } from './hooks/use-rules-vocabulary';

/** One rule set loaded and edited; keyed by id so switching sets starts from that set's saved draft. */
function RuleSetScreen({ id, vocabulary, routesTickets, onDeleted }: { id: string; vocabulary: RulesVocabulary; routesTickets: boolean; onDeleted: () => void }) {
  const { data, loading, error } = useQuery(RulesRuleSetDocument, { variables: { id } });
  const ruleSet = data?.ruleSet;
  return (
    <QueryState loading={loading && !ruleSet} error={error} empty={!loading && !ruleSet} emptyText="This rule set does not exist (any more). Pick another one.">
      {ruleSet && <RuleSetEditor key={ruleSet.id} ruleSet={ruleSet} {...vocabulary} routesTickets={routesTickets} onDeleted={onDeleted} />}
    </QueryState>
  );
}

/** Routing rules: the rule sets, and the visual builder for the selected one's draft. */
export function RulesPage() {
  const { ruleSetId } = useParams();
  const navigate = useNavigate();
  const list = useQuery(RulesRuleSetsDocument);
  const reference = useReferenceData();
  const vocabulary = useRulesVocabulary(reference.data);
  const [creating, setCreating] = useState<'blank' | 'template' | null>(null);

  const ruleSets = list.data?.ruleSets ?? [];
  const assignment = list.data?.handoffPolicy?.assignment;
  const routingId = assignment?.mode === 'conditionRouting' ? (assignment.ruleSetId ?? null) : null;
  // With unsaved edits, the editor's leave guard asks before the switch.
  const select = (id: string) => void navigate(`/rules/${id}`);

  if (!ruleSetId && ruleSets.length > 0) {
    const first = ruleSets.find((rs) => rs.id === routingId) ?? ruleSets[0];
    if (first) return <Navigate to={`/rules/${first.id}`} replace />;
  }

  return (
    <Stack gap="md">
      <Stack gap={2}>
        <Title order={2}>Routing rules</Title>
        <Text c="dimmed" size="sm">
          Ordered rules send help desk tickets to the right team or person. Edit the draft, then publish it: routing uses the published version.
        </Text>
      </Stack>
      <QueryState loading={(list.loading && !list.data) || (reference.loading && !vocabulary)} error={list.error ?? reference.error}>
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, md: 3 }}>
            <RuleSetPicker ruleSets={ruleSets} selectedId={ruleSetId} routingRuleSetId={routingId} onSelect={select} onCreate={setCreating} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 9 }}>
            {ruleSetId && vocabulary ? (
              <RuleSetScreen key={ruleSetId} id={ruleSetId} vocabulary={vocabulary} routesTickets={ruleSetId === routingId} onDeleted={() => void navigate('/rules', { replace: true })} />
            ) : (
              <Text c="dimmed">Create a rule set to start routing tickets by conditions.</Text>
            )}
          </Grid.Col>
        </Grid>
      </QueryState>
      <NewRuleSetModal mode={creating} templates={list.data?.templates ?? []} onClose={() => setCreating(null)} onCreated={select} />
    </Stack>
  );
}
