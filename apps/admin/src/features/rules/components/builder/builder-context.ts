import type { Issue } from '@handoff/domain';
import type { Path } from 'react-querybuilder';
import type { EditorCatalogue } from '../../adapters/editor-catalogue';

/** An issue placed on a builder item; `rest` is what the issue path names below it (`value[1]`, `field`, `all`, ''). */
export interface PlacedIssue {
  readonly issue: Issue;
  readonly rest: string;
}

/** Pickable values for the value editors, by the field's `valueSource`. */
export interface ValueSuggestions {
  readonly tags: readonly string[];
  readonly languages: readonly string[];
  readonly teams: readonly { value: string; label: string }[];
  readonly users: readonly { value: string; label: string }[];
}

/** What every builder control needs beyond react-querybuilder's own props, passed as its `context`. */
export interface BuilderContext {
  readonly catalogue: EditorCatalogue;
  readonly suggestions: ValueSuggestions;
  readonly issuesAt: (path: Path) => readonly PlacedIssue[];
}

/** The builder's context, as controls receive it (react-querybuilder types it `any`). */
export const readBuilderContext = (context: unknown): BuilderContext => context as BuilderContext;

/** Issues on the item at `path` whose remaining path starts with `prefix` (`value`, `field`…). */
export function issuesFor(context: BuilderContext, path: Path, prefix: string): PlacedIssue[] {
  return context.issuesAt(path).filter(({ rest }) => rest === prefix || rest.startsWith(`${prefix}[`) || rest.startsWith(`${prefix}.`));
}
