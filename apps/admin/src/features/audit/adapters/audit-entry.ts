import type { AuditEntryFieldsFragment } from '../../../generated/graphql';

/** One audit log entry as the API gives it. */
export type AuditEntry = AuditEntryFieldsFragment;

/** The kinds of thing the log records, as the filter offers them (more may appear; they show under "All"). */
export const ENTITY_TYPES: readonly { readonly value: string; readonly label: string; readonly plural: string; readonly color: string }[] = [
  { value: 'handoffPolicy', label: 'Handoff policy', plural: 'Handoff policy', color: 'blue' },
  { value: 'ruleSet', label: 'Rule set', plural: 'Rule sets', color: 'violet' },
  { value: 'user', label: 'Person', plural: 'People', color: 'teal' },
  { value: 'team', label: 'Team', plural: 'Teams', color: 'cyan' },
  { value: 'destination', label: 'Destination', plural: 'Destinations', color: 'orange' },
];

/** The entity type's label and badge colour; unknown types read as their own name. */
export function entityTypeOf(entityType: string): { label: string; color: string } {
  return ENTITY_TYPES.find((t) => t.value === entityType) ?? { label: entityType, color: 'gray' };
}

/** A rule set document with nothing in it: what a new rule set is compared with, and a deleted one ends as. */
export const EMPTY_RULE_SET: Readonly<Record<string, unknown>> = { formatVersion: 1, hitPolicy: 'firstMatch', rules: [], fallback: [] };

/**
 * Rule set names the log itself records (on create and delete), so entries about a rule set
 * deleted since still name it. Oldest first, so a later rename wins when put into a map.
 */
export function ruleSetNamesIn(entries: readonly AuditEntry[]): { id: string; name: string }[] {
  return [...entries].reverse().flatMap((entry) => {
    if (entry.entityType !== 'ruleSet') return [];
    const name = entry.after?.['name'] ?? entry.before?.['name'];
    return typeof name === 'string' ? [{ id: entry.entityId, name }] : [];
  });
}
