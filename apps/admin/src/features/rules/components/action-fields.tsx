import { Select, TagsInput, Textarea } from '@mantine/core';
import { ASSIGNMENT_STRATEGIES, PRIORITIES } from '@handoff/domain';
import { humanize } from '../adapters/builder-labels';
import type { DraftAction } from '../adapters/draft-types';

/** What the action pickers choose from: the workspace's teams, people and destination names, and tags in use. */
export interface ActionChoices {
  readonly teams: readonly { value: string; label: string }[];
  readonly users: readonly { value: string; label: string }[];
  readonly destinations: readonly { value: string; label: string }[];
  readonly tags: readonly string[];
}

/** Props of the inputs of one action. */
export interface ActionFieldsProps {
  readonly action: DraftAction;
  readonly onChange: (action: DraftAction) => void;
  /** "Action 2" or "Fallback action 1": the start of every accessible name in the row. */
  readonly name: string;
  readonly choices: ActionChoices;
  readonly errorOf: (key: string) => string | undefined;
}

// A stored id the workspace no longer has still shows, as itself, next to its INVALID_ID issue.
const withCurrent = (options: readonly { value: string; label: string }[], current: string) =>
  current === '' || options.some((o) => o.value === current) ? [...options] : [...options, { value: current, label: current }];

/** The inputs an action of this type needs. */
export function ActionFields({ action, onChange, name, choices, errorOf }: ActionFieldsProps) {
  const size = 'sm' as const;
  switch (action.type) {
    case 'assignTeam':
      return (
        <>
          <Select aria-label={`${name} team`} placeholder="Choose a team" size={size} w={200} searchable allowDeselect={false} data={withCurrent(choices.teams, action.teamId)} value={action.teamId || null} onChange={(teamId) => onChange({ ...action, teamId: teamId ?? '' })} error={errorOf('teamId')} />
          <Select
            aria-label={`${name} strategy`}
            placeholder="Default strategy"
            size={size}
            w={200}
            clearable
            data={ASSIGNMENT_STRATEGIES.map((s) => ({ value: s, label: humanize(s) }))}
            value={action.strategy ?? null}
            onChange={(strategy) => onChange(strategy ? { ...action, strategy } : { type: action.type, teamId: action.teamId })}
            error={errorOf('strategy')}
          />
        </>
      );
    case 'assignUser':
      return <Select aria-label={`${name} person`} placeholder="Choose a person" size={size} w={240} searchable allowDeselect={false} data={withCurrent(choices.users, action.userId)} value={action.userId || null} onChange={(userId) => onChange({ ...action, userId: userId ?? '' })} error={errorOf('userId')} />;
    case 'setPriority':
      return <Select aria-label={`${name} priority`} size={size} w={160} allowDeselect={false} data={PRIORITIES.map((p) => ({ value: p, label: humanize(p) }))} value={action.priority || null} onChange={(priority) => onChange({ ...action, priority: priority ?? '' })} error={errorOf('priority')} />;
    case 'addTags':
      return <TagsInput aria-label={`${name} tags`} placeholder="Type a tag and press Enter" size={size} w={320} data={[...choices.tags]} value={[...action.tags]} onChange={(tags) => onChange({ ...action, tags })} error={errorOf('tags')} />;
    case 'setDestination':
      return <Select aria-label={`${name} destination`} size={size} w={220} allowDeselect={false} data={withCurrent(choices.destinations, action.destination)} value={action.destination || null} onChange={(destination) => onChange({ ...action, destination: destination ?? '' })} error={errorOf('destination')} />;
    case 'sendMessage':
      return <Textarea aria-label={`${name} message`} placeholder="What the visitor reads" size={size} w={360} autosize minRows={1} maxRows={6} value={action.message} onChange={(event) => onChange({ ...action, message: event.currentTarget.value })} error={errorOf('message')} />;
  }
}
