import { Badge, Card, Group, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconRobot, IconUserCheck } from '@tabler/icons-react';
import { useId } from 'react';
import type { SimulatorHandoffQuery } from '../../../generated/graphql';
import { describeConversationStatus, describeMode, describeReason, describeRun } from '../adapters/describe-outcome';

type Simulation = SimulatorHandoffQuery['simulateHandoff'];

/** The answer first: handed off or not, why, how, and what becomes of the conversation. */
export function DecisionCard({ simulation, source }: { simulation: Simulation; source: string }) {
  const headingId = useId();
  const { handedOff } = simulation;
  const mode = describeMode(simulation.mode);
  const status = describeConversationStatus(simulation.conversationStatus);
  return (
    <Card component="section" withBorder padding="md" aria-labelledby={headingId} data-testid="decision" data-handed-off={String(handedOff)} bg={handedOff ? 'indigo.0' : 'gray.0'}>
      <Group align="flex-start" wrap="nowrap" gap="md">
        <ThemeIcon size={44} radius="xl" color={handedOff ? 'indigo' : 'gray'} variant="filled" aria-hidden>
          {handedOff ? <IconUserCheck size={26} /> : <IconRobot size={26} />}
        </ThemeIcon>
        <Stack gap={6} style={{ flex: 1 }}>
          <Text size="xs" tt="uppercase" fw={700} c="dimmed">
            Decision
          </Text>
          <Title order={3} size="h3" id={headingId}>
            {handedOff ? 'Handed off to a person' : 'Not handed off'}
          </Title>
          <Text data-testid="decision-reason">{describeReason(simulation.reason)}</Text>
          {(mode || status) && (
            <Group gap="xs">
              {mode && (
                <Badge variant="white" color="indigo" size="lg" radius="sm" tt="none">
                  {mode}
                </Badge>
              )}
              {status && (
                <Badge variant="white" color="gray" size="lg" radius="sm" tt="none">
                  Conversation: {status}
                </Badge>
              )}
            </Group>
          )}
          <Text size="xs" c="dimmed" data-testid="decision-context">
            {describeRun(simulation.at, source)}
          </Text>
        </Stack>
      </Group>
    </Card>
  );
}
