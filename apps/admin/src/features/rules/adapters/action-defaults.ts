import type { ActionType } from '@handoff/domain';
import type { DraftAction } from './draft-types';

/** Every action type with the words the editor shows for it, in menu order. */
export const ACTION_TYPE_OPTIONS: readonly { value: ActionType; label: string }[] = [
  { value: 'assignTeam', label: 'Assign to team' },
  { value: 'assignUser', label: 'Assign to person' },
  { value: 'setPriority', label: 'Set priority' },
  { value: 'addTags', label: 'Add tags' },
  { value: 'setDestination', label: 'Send to destination' },
  { value: 'sendMessage', label: 'Send message to visitor' },
];

/** A fresh action of a type: choices the admin must make are left empty for parseRuleSet to ask for. */
export function createAction(type: ActionType): DraftAction {
  switch (type) {
    case 'assignTeam':
      return { type, teamId: '' };
    case 'assignUser':
      return { type, userId: '' };
    case 'setPriority':
      return { type, priority: 'normal' };
    case 'addTags':
      return { type, tags: [] };
    case 'setDestination':
      return { type, destination: 'helpDesk' };
    case 'sendMessage':
      return { type, message: '' };
  }
}

const isActionType = (value: string): value is ActionType => ACTION_TYPE_OPTIONS.some((o) => o.value === value);

/** The action with another type, or unchanged when `type` is not one. */
export const withActionType = (action: DraftAction, type: string): DraftAction => (isActionType(type) && type !== action.type ? createAction(type) : action);
