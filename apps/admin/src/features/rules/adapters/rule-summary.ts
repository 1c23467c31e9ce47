import { humanize } from './builder-labels';
import { operatorOf } from './condition-values';
import type { DraftAction, DraftCondition, DraftNode } from './draft-types';
import { operatorLabel, type EditorCatalogue } from './editor-catalogue';

/** One line saying what a rule's conditions test, for a collapsed rule card. */
export function summarizeConditions(node: DraftNode, catalogue: EditorCatalogue, nested = false): string {
  if ('not' in node) return `not (${summarizeConditions(node.not, catalogue)})`;
  if ('all' in node || 'any' in node) {
    const [children, joiner] = 'all' in node ? [node.all, ' and '] : [node.any, ' or '];
    if (children.length === 0) return 'no conditions yet';
    const text = children.map((child) => summarizeConditions(child, catalogue, true)).join(joiner);
    return nested && children.length > 1 ? `(${text})` : text;
  }
  return summarizeCondition(node, catalogue);
}

function summarizeCondition(condition: DraftCondition, catalogue: EditorCatalogue): string {
  const field = catalogue.byId.get(condition.field);
  if (field === undefined) return condition.field === '' ? 'an unfinished condition' : condition.field;
  const operator = operatorOf(field, condition.operator);
  if (operator === undefined) return `${field.label} …`;
  const value = describeValue(condition.value, field.type === 'enum');
  return [field.label, operatorLabel(operator, field.type), operator.valueShape === 'range' ? value.replace(', ', ' and ') : value].filter(Boolean).join(' ');
}

function describeValue(value: unknown, isEnum: boolean): string {
  if (Array.isArray(value)) return value.map((item) => describeValue(item, isEnum)).join(', ');
  if (typeof value === 'string') return isEnum ? humanize(value) : `“${value}”`;
  return value === undefined || value === null ? '' : String(value);
}

/** One line saying what a rule does, with team and person names. */
export function summarizeActions(actions: readonly DraftAction[], names: { team: (id: string) => string; user: (id: string) => string }): string {
  if (actions.length === 0) return 'No actions';
  return actions
    .map((action) => {
      switch (action.type) {
        case 'assignTeam':
          return `Assign to ${action.teamId ? names.team(action.teamId) : 'a team'}`;
        case 'assignUser':
          return `Assign to ${action.userId ? names.user(action.userId) : 'a person'}`;
        case 'setPriority':
          return `Priority ${action.priority}`;
        case 'addTags':
          return `Tag ${action.tags.join(', ')}`;
        case 'setDestination':
          return `Send to ${humanize(action.destination)}`;
        case 'sendMessage':
          return 'Send a message';
      }
    })
    .join(' · ');
}
