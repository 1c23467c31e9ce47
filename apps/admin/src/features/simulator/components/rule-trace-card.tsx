import { Badge, Card, Group, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import type { SimulatorRoutingTraceFragment } from '../../../generated/graphql';
import { describeRuleStatus } from '../adapters/describe-outcome';
import type { TraceVocabulary } from '../adapters/trace-vocabulary';
import { ConditionTree } from './condition-tree';

type RuleTrace = SimulatorRoutingTraceFragment['rules'][number];

/** One rule of the trace: its place, name and fate, then its evaluated conditions. The matched rule stands out. */
export function RuleTraceCard({ rule, vocabulary }: { rule: RuleTrace; vocabulary: TraceVocabulary }) {
  const status = describeRuleStatus(rule.status);
  const matched = rule.status === 'matched';
  const headingId = `rule-trace-${rule.ruleIndex}`;
  return (
    <Card
      component="article"
      withBorder
      padding="sm"
      aria-labelledby={headingId}
      data-testid="rule-trace"
      data-status={rule.status}
      data-rule-id={rule.ruleId}
      style={matched ? { borderColor: 'var(--mantine-color-teal-5)', boxShadow: '0 0 0 1px var(--mantine-color-teal-5)' } : undefined}
      bg={matched ? 'teal.0' : rule.status === 'notReached' || rule.status === 'disabled' ? 'gray.0' : undefined}
    >
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Group gap="xs" wrap="nowrap" align="baseline">
            <Text size="sm" c="dimmed" ff="monospace" aria-hidden>
              {rule.ruleIndex + 1}.
            </Text>
            <Title order={4} size="h5" id={headingId} c={rule.status === 'notReached' || rule.status === 'disabled' ? 'dimmed' : undefined}>
              <VisuallyHidden>Rule {rule.ruleIndex + 1}: </VisuallyHidden>
              {rule.name}
            </Title>
          </Group>
          <Badge color={status.color} variant={matched ? 'filled' : 'light'} data-testid="rule-status" style={{ flexShrink: 0 }}>
            {status.label}
          </Badge>
        </Group>
        {status.explanation && (
          <Text size="sm" c="dimmed">
            {status.explanation}
          </Text>
        )}
        {rule.nodes.length > 0 && <ConditionTree nodes={rule.nodes} vocabulary={vocabulary} caption={`Conditions of ${rule.name}`} />}
      </Stack>
    </Card>
  );
}
