import { Alert, Anchor, Select, Stack } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { Link } from 'react-router';
import { errorText, issuesAt } from '../adapters/issue-places';
import type { AssignmentChoices, SectionProps } from './section-props';

/** The rule set whose published version routes tickets (help desk only). */
export function ConditionRoutingFields({ form, issues, dispatch, ruleSets }: SectionProps & { ruleSets: AssignmentChoices['ruleSets'] }) {
  const chosen = ruleSets.find((r) => r.id === form.ruleSetId);
  const data = ruleSets.map((r) => ({ value: r.id, label: r.publishedVersion === null ? `${r.name} · never published` : `${r.name} · published version ${r.publishedVersion}` }));
  return (
    <Stack gap="xs">
      <Select
        label="Rule set"
        description="Tickets go to the help desk; the rule set’s published version decides who gets them."
        placeholder={ruleSets.length === 0 ? 'No rule sets yet' : 'Choose a rule set'}
        data={data}
        value={form.ruleSetId}
        allowDeselect={false}
        onChange={(ruleSetId) => dispatch({ type: 'set', patch: { ruleSetId } })}
        error={errorText(issuesAt(issues, 'assignment.ruleSetId', 'assignment.ruleSet', 'assignment.destination'))}
        maw={560}
      />
      {chosen && (
        <Anchor component={Link} to={`/rules/${encodeURIComponent(chosen.id)}`} size="sm">
          Edit “{chosen.name}” in Routing rules
        </Anchor>
      )}
      {chosen && chosen.publishedVersion === null && (
        <Alert variant="light" color="yellow" icon={<IconAlertTriangle aria-hidden />}>
          This rule set has never been published, so tickets are created unassigned until it is.
        </Alert>
      )}
    </Stack>
  );
}
