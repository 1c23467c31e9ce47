import type { HitPolicy } from '@handoff/domain';

/**
 * The rule set as the editor holds it while the admin types: the domain's shape, loosened where
 * an edit can be half done (no field chosen yet, an empty team picker). `parseRuleSet` decides
 * what is wrong with it; every valid domain `RuleSet` is also a `DraftRuleSet`.
 */

/** A leaf, possibly incomplete: `field` and `operator` are '' until chosen; no `value` key means none. */
export interface DraftCondition {
  readonly field: string;
  readonly operator: string;
  readonly value?: unknown;
  readonly ignoreCase?: boolean;
  readonly ignoreAccents?: boolean;
}

/** All of the children. */
export interface DraftAllGroup {
  readonly all: readonly DraftNode[];
}

/** Any of the children. */
export interface DraftAnyGroup {
  readonly any: readonly DraftNode[];
}

/** Not the child. */
export interface DraftNotGroup {
  readonly not: DraftNode;
}

/** A node of a rule's `when` tree. */
export type DraftNode = DraftCondition | DraftAllGroup | DraftAnyGroup | DraftNotGroup;

/** An action; ids and choices are '' until picked. */
export type DraftAction =
  | { readonly type: 'assignTeam'; readonly teamId: string; readonly strategy?: string }
  | { readonly type: 'assignUser'; readonly userId: string }
  | { readonly type: 'setPriority'; readonly priority: string }
  | { readonly type: 'addTags'; readonly tags: readonly string[] }
  | { readonly type: 'setDestination'; readonly destination: string }
  | { readonly type: 'sendMessage'; readonly message: string };

/** One rule being edited. */
export interface DraftRule {
  readonly id: string;
  readonly name: string;
  readonly enabled: boolean;
  readonly when: DraftNode;
  readonly then: readonly DraftAction[];
  readonly stop?: boolean;
}

/** The whole draft document, sent as is to `saveRuleSetDraft`. */
export interface DraftRuleSet {
  readonly formatVersion: number;
  readonly hitPolicy: HitPolicy;
  readonly rules: readonly DraftRule[];
  readonly fallback: readonly DraftAction[];
}

/** Tells a group from a condition. */
export const isDraftGroup = (node: DraftNode): node is DraftAllGroup | DraftAnyGroup | DraftNotGroup =>
  'all' in node || 'any' in node || 'not' in node;
