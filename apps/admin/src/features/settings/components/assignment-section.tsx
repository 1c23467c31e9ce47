import { Alert, Radio, Select, Stack } from '@mantine/core';
import { ASSIGNMENT_MODES, ASSIGNMENT_STRATEGIES, type AssignmentStrategy } from '@handoff/domain';
import { IconInfoCircle } from '@tabler/icons-react';
import { errorText, issuesAt, leftoverIssues } from '../adapters/issue-places';
import { STRATEGY_LABELS } from '../adapters/labels';
import type { PolicyForm } from '../adapters/policy-form';
import { ConditionRoutingFields } from './condition-routing-fields';
import type { AssignmentChoices, SectionProps } from './section-props';
import { SameDestinationFields } from './same-destination-fields';
import { SettingsSection } from './settings-section';

const MODE_TEXT: Record<PolicyForm['assignmentMode'], { label: string; help: string }> = {
  sameDestination: { label: 'Same destination for everything', help: 'Send all handed-off work to one place and pick the users and/or teams who get it.' },
  conditionRouting: { label: 'Condition-based routing', help: 'Create a help desk ticket and let a routing rule set decide who gets it.' },
};

// Fields the section places itself; anything else under `assignment` is shown at its top.
const PLACED = ['assignment.mode', 'assignment.destination', 'assignment.userIds', 'assignment.teamIds', 'assignment.strategy', 'assignment.ruleSetId', 'assignment.ruleSet'];

/** Who gets handed-off work: one destination and pool, or a routing rule set. */
export function AssignmentSection({ form, issues, dispatch, choices }: SectionProps & { choices: AssignmentChoices }) {
  // "choose at least one user or team" points at the assignment itself; it belongs with the pool.
  const poolIssues = issues.filter((i) => i.path === 'assignment');
  return (
    <SettingsSection
      title="Assignment"
      help="Who receives the conversation or ticket when the agent hands over."
      issues={leftoverIssues(issues, 'assignment', PLACED).filter((i) => form.assignmentMode !== 'sameDestination' || i.path !== 'assignment')}
    >
      {form.process === 'none' && (
        <Alert variant="light" color="gray" icon={<IconInfoCircle aria-hidden />}>
          With no handoff nothing is assigned. These choices are kept for when you turn handoff back on.
        </Alert>
      )}
      <Radio.Group<PolicyForm['assignmentMode']>
        label="How work is assigned"
        value={form.assignmentMode}
        onChange={(assignmentMode) => dispatch({ type: 'set', patch: { assignmentMode } })}
        error={errorText(issuesAt(issues, 'assignment.mode'))}
      >
        <Stack gap="sm" mt="xs">
          {ASSIGNMENT_MODES.map((mode) => (
            <Radio key={mode} value={mode} label={MODE_TEXT[mode].label} description={MODE_TEXT[mode].help} />
          ))}
        </Stack>
      </Radio.Group>
      {form.assignmentMode === 'sameDestination' ? (
        <SameDestinationFields form={form} issues={issues} poolIssues={poolIssues} dispatch={dispatch} choices={choices} />
      ) : (
        <ConditionRoutingFields form={form} issues={issues} dispatch={dispatch} ruleSets={choices.ruleSets} />
      )}
      <Select<AssignmentStrategy>
        label="Assignment strategy"
        description={
          form.assignmentMode === 'sameDestination'
            ? 'How one person is picked from the users and teams above.'
            : 'How a person is picked when a rule assigns a team without naming a strategy.'
        }
        data={ASSIGNMENT_STRATEGIES.map((value) => ({ value, label: STRATEGY_LABELS[value] }))}
        value={form.strategy}
        allowDeselect={false}
        onChange={(strategy) => strategy && dispatch({ type: 'set', patch: { strategy } })}
        error={errorText(issuesAt(issues, 'assignment.strategy'))}
        maw={560}
      />
    </SettingsSection>
  );
}
