import { Group, MultiSelect, Radio, SimpleGrid, Stack, Text } from '@mantine/core';
import { DESTINATIONS, type Destination } from '@handoff/domain';
import { errorText, issuesAt, type PathIssue } from '../adapters/issue-places';
import type { AssignmentChoices, SectionProps } from './section-props';

const KIND_HELP: Record<Destination, string> = { inbox: 'Conversations', helpDesk: 'Tickets' };

/** The destination (by the workspace's own names) and the pool of users and teams. */
export function SameDestinationFields({
  form,
  issues,
  poolIssues,
  dispatch,
  choices,
}: SectionProps & { poolIssues: readonly PathIssue[]; choices: AssignmentChoices }) {
  const nameOf = (kind: Destination) => choices.destinations.find((d) => d.kind === kind)?.name ?? KIND_HELP[kind];
  const poolError = errorText(poolIssues);
  return (
    <Stack gap="md">
      <Radio.Group<Destination>
        label="Destination"
        value={form.destination}
        onChange={(destination) => dispatch({ type: 'set', patch: { destination } })}
        error={errorText(issuesAt(issues, 'assignment.destination'))}
      >
        <Group gap="xl" mt="xs">
          {DESTINATIONS.map((kind) => (
            <Radio key={kind} value={kind} label={nameOf(kind)} description={KIND_HELP[kind]} />
          ))}
        </Group>
      </Radio.Group>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <MultiSelect
          label="Users"
          placeholder={form.userIds.length === 0 ? 'Pick users' : undefined}
          searchable
          data={choices.users.map((u) => ({ value: u.id, label: u.name }))}
          value={[...form.userIds]}
          onChange={(userIds) => dispatch({ type: 'set', patch: { userIds } })}
          error={errorText(issuesAt(issues, 'assignment.userIds')) ?? (poolError ? true : undefined)}
        />
        <MultiSelect
          label="Teams"
          placeholder={form.teamIds.length === 0 ? 'Pick teams' : undefined}
          searchable
          data={choices.teams.map((t) => ({ value: t.id, label: t.name }))}
          value={[...form.teamIds]}
          onChange={(teamIds) => dispatch({ type: 'set', patch: { teamIds } })}
          error={errorText(issuesAt(issues, 'assignment.teamIds')) ?? (poolError ? true : undefined)}
        />
      </SimpleGrid>
      {poolError && (
        <Text size="sm" c="red" role="alert" mt={-8}>
          {poolError}
        </Text>
      )}
    </Stack>
  );
}
