import { Alert, Group, List, Stack, Text, Title } from '@mantine/core';
import { IconArrowBackUp, IconCircleCheck } from '@tabler/icons-react';
import type { SimulatorRoutingTraceFragment } from '../../../generated/graphql';
import { describeAction } from '../adapters/describe-action';
import type { TraceVocabulary } from '../adapters/trace-vocabulary';
import { RuleTraceCard } from './rule-trace-card';

/** How the rule set decided: the matched rule (or the fallback), the actions applied, then every rule's trace. */
export function RoutingTrace({ routing, vocabulary }: { routing: SimulatorRoutingTraceFragment; vocabulary: TraceVocabulary }) {
  const { decision, rules } = routing;
  const matched = rules.filter((r) => decision.matchedRuleIds.includes(r.ruleId));
  return (
    <Stack gap="sm">
      <Title order={3} size="h4">
        Routing trace
      </Title>
      {decision.usedFallback ? (
        <Alert color="yellow" variant="light" icon={<IconArrowBackUp aria-hidden />} title="No rule matched: the fallback was used" data-testid="routing-fallback">
          <Text size="sm">The rule set’s fallback decides where this goes.</Text>
        </Alert>
      ) : (
        <Group gap="xs" data-testid="routing-matched">
          <IconCircleCheck size={18} color="var(--mantine-color-teal-6)" aria-hidden />
          <Text size="sm">
            {matched.length > 0 ? (
              <>
                Matched {matched.length > 1 ? 'rules' : 'rule'}: <strong>{matched.map((r) => r.name).join(', ')}</strong>
              </>
            ) : (
              'No rule matched.'
            )}
          </Text>
        </Group>
      )}
      {decision.actions.length > 0 ? (
        <div>
          <Text size="sm" fw={600}>
            Actions applied
          </Text>
          <List size="sm" data-testid="routing-actions">
            {decision.actions.map((action, i) => (
              <List.Item key={`${action.type}-${i}`}>{describeAction(action, vocabulary)}</List.Item>
            ))}
          </List>
        </div>
      ) : (
        <Text size="sm" c="dimmed">
          No actions: the ticket keeps its defaults.
        </Text>
      )}
      {rules.length === 0 ? (
        <Text size="sm" c="dimmed">
          This rule set has no rules.
        </Text>
      ) : (
        rules.map((rule) => <RuleTraceCard key={rule.ruleId} rule={rule} vocabulary={vocabulary} />)
      )}
      <Text size="xs" c="dimmed">
        Only conditions that were evaluated are listed: once a group’s outcome is known, the rest of it is skipped.
      </Text>
    </Stack>
  );
}
