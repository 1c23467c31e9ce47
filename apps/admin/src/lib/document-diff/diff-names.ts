import { DEFAULT_FIELD_CATALOGUE } from '@handoff/domain';

/** How ids in a document become names. Unknown ids (deleted since, not loaded yet) still read as something. */
export interface DiffNames {
  readonly team: (id: string) => string;
  readonly user: (id: string) => string;
  readonly ruleSet: (id: string) => string;
  readonly destination: (kind: string) => string;
  readonly field: (id: string) => string;
}

/** The lists names are looked up in; any may be missing. */
export interface DiffNameLists {
  readonly teams?: readonly { readonly id: string; readonly name: string }[] | null;
  readonly users?: readonly { readonly id: string; readonly name: string }[] | null;
  readonly ruleSets?: readonly { readonly id: string; readonly name: string }[] | null;
  readonly destinations?: readonly { readonly kind: string; readonly name: string }[] | null;
  readonly fields?: readonly { readonly id: string; readonly label: string }[] | null;
}

const DESTINATION_WORDS: Readonly<Record<string, string>> = { inbox: 'Inbox', helpDesk: 'Help desk' };

// An id alone means nothing to an admin; its first characters at least tell two unknown ones apart.
const unknown = (noun: string, id: string) => (id === '' ? `no ${noun}` : `unknown ${noun} (${id.length > 8 ? `${id.slice(0, 8)}…` : id})`);

/** Name lookups over whatever lists the screen has; field labels default to the built-in catalogue. */
export function createDiffNames(lists: DiffNameLists = {}): DiffNames {
  const byId = (items: readonly { id: string; name: string }[] | null | undefined) => new Map((items ?? []).map((item) => [item.id, item.name]));
  const teams = byId(lists.teams);
  const users = byId(lists.users);
  const ruleSets = byId(lists.ruleSets);
  const destinations = new Map((lists.destinations ?? []).map((d) => [d.kind, d.name]));
  const fields = new Map([...DEFAULT_FIELD_CATALOGUE.fields, ...(lists.fields ?? [])].map((f) => [f.id, f.label]));
  return {
    team: (id) => teams.get(id) ?? unknown('team', id),
    user: (id) => users.get(id) ?? unknown('person', id),
    ruleSet: (id) => ruleSets.get(id) ?? unknown('rule set', id),
    destination: (kind) => destinations.get(kind) ?? DESTINATION_WORDS[kind] ?? kind,
    field: (id) => fields.get(id) ?? (id === '' ? 'an unchosen field' : id),
  };
}
