import { useQuery } from '@apollo/client/react';
import { Button, Grid, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { useCallback, useState } from 'react';
import { Navigate, useNavigate, useParams } from 'react-router';
import { QueryState } from '../../components/query-state';
import { RulesRuleSetDocument, RulesRuleSetsDocument } from '../../generated/graphql';
import { useReferenceData } from '../../lib/reference-data/use-reference-data';
import { NewRuleSetModal } from './components/new-rule-set-modal';
import { RuleSetEditor } from './components/rule-set-editor';
import { RuleSetPicker } from './components/rule-set-picker';
import { useRulesVocabulary, type RulesVocabulary } from './hooks/use-rules-vocabulary';

/** One rule set loaded and edited; keyed by id so switching sets starts from that set's saved draft. */
function RuleSetScreen({ id, vocabulary, routesTickets, onDirtyChange, onDeleted }: { id: string; vocabulary: RulesVocabulary; routesTickets: boolean; onDirtyChange: (dirty: boolean) => void; onDeleted: () => void }) {
  const { data, loading, error } = useQuery(RulesRuleSetDocument, { variables: { id } });
  const ruleSet = data?.ruleSet;
  return (
    <QueryState loading={loading && !ruleSet} error={error} empty={!loading && !ruleSet} emptyText="This rule set does not exist (any more). Pick another one.">
      {ruleSet && <RuleSetEditor key={ruleSet.id} ruleSet={ruleSet} {...vocabulary} routesTickets={routesTickets} onDirtyChange={onDirtyChange} onDeleted={onDeleted} />}
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
  const [dirty, setDirty] = useState(false);
  const [pendingId, setPendingId] = useState<string | null>(null);
  const onDirtyChange = useCallback((value: boolean) => setDirty(value), []);

  const ruleSets = list.data?.ruleSets ?? [];
  const assignment = list.data?.handoffPolicy?.assignment;
  const routingId = assignment?.mode === 'conditionRouting' ? (assignment.ruleSetId ?? null) : null;
  const open = (id: string) => {
    setPendingId(null);
    setDirty(false);
    void navigate(`/rules/${id}`);
  };
  const select = (id: string) => (dirty && id !== ruleSetId ? setPendingId(id) : open(id));

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
              <RuleSetScreen key={ruleSetId} id={ruleSetId} vocabulary={vocabulary} routesTickets={ruleSetId === routingId} onDirtyChange={onDirtyChange} onDeleted={() => void navigate('/rules', { replace: true })} />
            ) : (
              <Text c="dimmed">Create a rule set to start routing tickets by conditions.</Text>
            )}
          </Grid.Col>
        </Grid>
      </QueryState>
      <NewRuleSetModal mode={creating} templates={list.data?.templates ?? []} onClose={() => setCreating(null)} onCreated={select} />
      <Modal opened={pendingId !== null} onClose={() => setPendingId(null)} title="Discard unsaved changes?" centered>
        <Stack>
          <Text size="sm">This rule set has edits that are not saved. Switching loses them.</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setPendingId(null)}>
              Keep editing
            </Button>
            <Button color="red" onClick={() => pendingId && open(pendingId)}>
              Discard and switch
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
