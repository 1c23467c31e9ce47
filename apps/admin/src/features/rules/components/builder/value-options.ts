import { CHANNELS } from '@handoff/domain';
import { humanize } from '../../adapters/builder-labels';
import type { EditorField } from '../../adapters/editor-catalogue';
import type { ValueSuggestions } from './builder-context';

/** One option of a closed value list. */
export interface ValueOption {
  readonly value: string;
  readonly label: string;
}

/** The values a field can only take (enum options, channels, teams, users), or undefined for free input. */
export function closedOptions(field: EditorField, suggestions: ValueSuggestions): ValueOption[] | undefined {
  if (field.valueSource === 'teams') return [...suggestions.teams];
  if (field.valueSource === 'users') return [...suggestions.users];
  const options = field.valueSource === 'channels' ? CHANNELS : field.options;
  return options?.map((value) => ({ value, label: humanize(value) }));
}

/** Suggestions for free text input (tags used elsewhere in the rule set, language codes). */
export function openSuggestions(field: EditorField, suggestions: ValueSuggestions): string[] {
  if (field.valueSource === 'tags') return [...suggestions.tags];
  if (field.valueSource === 'languages') return [...suggestions.languages];
  return [];
}
