import { DEFAULT_FIELD_CATALOGUE, OPERATORS_BY_ID, type Operator } from '@handoff/domain';
import type { ReferenceDataQuery } from '../../../generated/graphql';
import type { ActionNames } from './describe-action';

/** Words for the ids a trace carries: fields, operators, teams, people and destinations. */
export interface TraceVocabulary extends ActionNames {
  readonly fieldLabel: (id: string) => string;
  readonly fieldType: (id: string) => string | undefined;
  readonly operatorLabel: (id: string) => string;
}

/**
 * Built from the workspace's reference data (its catalogue includes custom properties); until
 * that has loaded, the domain's built-in catalogue supplies the words, and unknown ids show as
 * themselves rather than vanish.
 */
export function createTraceVocabulary(data: ReferenceDataQuery | undefined): TraceVocabulary {
  const fields = new Map<string, { label: string; type: string }>(DEFAULT_FIELD_CATALOGUE.fields.map((f) => [f.id, { label: f.label, type: f.type }]));
  for (const f of data?.fieldCatalogue ?? []) fields.set(f.id, { label: f.label, type: f.type });
  const operators = new Map<string, string>([...OPERATORS_BY_ID.values()].map((o) => [o.id, o.label]));
  for (const o of data?.operators ?? []) operators.set(o.id, o.label);
  const teams = new Map((data?.teams ?? []).map((t) => [t.id, t.name]));
  const users = new Map((data?.users ?? []).map((u) => [u.id, u.name]));
  const destinations = new Map((data?.destinations ?? []).map((d) => [d.kind as string, d.name]));
  return {
    fieldLabel: (id) => fields.get(id)?.label ?? id,
    fieldType: (id) => fields.get(id)?.type,
    operatorLabel: (id) => operators.get(id) ?? OPERATORS_BY_ID.get(id as Operator)?.label ?? id,
    team: (id) => teams.get(id),
    user: (id) => users.get(id),
    destination: (kind) => destinations.get(kind),
  };
}
