import { useCallback, useMemo } from 'react';
import type { ReferenceDataQuery } from '../../../generated/graphql';
import { humanize } from '../adapters/builder-labels';
import { toEditorCatalogue, type EditorCatalogue } from '../adapters/editor-catalogue';
import type { ActionChoices } from '../components/action-fields';
import type { ValueSuggestions } from '../components/builder/builder-context';

// Suggestions only: conversation.language takes any BCP 47 tag.
const LANGUAGES = ['fi', 'sv', 'en', 'en-GB', 'en-US', 'de', 'fr', 'es', 'et', 'ru', 'nb', 'da', 'pl', 'uk'];

/** The workspace's vocabulary for the builder and the action pickers, from the shared reference data. */
export interface RulesVocabulary {
  readonly catalogue: EditorCatalogue;
  readonly choices: ActionChoices;
  readonly suggestions: (tags: readonly string[]) => ValueSuggestions;
}

/** Builds the field catalogue (custom properties included), team, person and destination options once per load. */
export function useRulesVocabulary(data: ReferenceDataQuery | undefined): RulesVocabulary | undefined {
  const base = useMemo(() => {
    if (!data) return undefined;
    const teams = data.teams.map((t) => ({ value: t.id, label: t.name }));
    const users = data.users.map((u) => ({ value: u.id, label: u.name }));
    const destinations = data.destinations.map((d) => ({ value: d.kind, label: d.name || humanize(d.kind) }));
    return { catalogue: toEditorCatalogue(data.fieldCatalogue), choices: { teams, users, destinations, tags: [] }, teams, users };
  }, [data]);
  const suggestions = useCallback(
    (tags: readonly string[]): ValueSuggestions => ({ tags, languages: LANGUAGES, teams: base?.teams ?? [], users: base?.users ?? [] }),
    [base],
  );
  return base ? { catalogue: base.catalogue, choices: base.choices, suggestions } : undefined;
}
