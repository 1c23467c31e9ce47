/**
 * The rule language, as data. This JSON shape is what integrators send, what the database
 * stores and what the admin's builder edits; `parseRuleSet` is the only way to obtain one.
 */

/** The value types a routable field can have. */
export type FieldType = 'string' | 'number' | 'boolean' | 'enum' | 'datetime' | 'stringList';

/** Every comparison the language knows; which apply to a field depends on its type. */
export type Operator =
  | 'equals'
  | 'notEquals'
  | 'in'
  | 'notIn'
  | 'contains'
  | 'notContains'
  | 'startsWith'
  | 'endsWith'
  | 'matches'
  | 'greaterThan'
  | 'greaterThanOrEqual'
  | 'lessThan'
  | 'lessThanOrEqual'
  | 'between'
  | 'isSet'
  | 'isNotSet'
  | 'hasAnyOf'
  | 'hasAllOf'
  | 'hasNoneOf';

/** A scalar a condition compares with. Datetimes are ISO 8601 strings in the AST. */
export type ConditionScalar = string | number | boolean;

/** What a condition's `value` may hold: a scalar, a list (in, hasAnyOf…) or a `[low, high]` pair (between). */
export type ConditionValue = ConditionScalar | readonly ConditionScalar[];

/** A leaf: compare one field with a value. `ignoreCase`/`ignoreAccents` apply to text operators only. */
export interface Condition {
  readonly field: string;
  readonly operator: Operator;
  readonly value?: ConditionValue;
  readonly ignoreCase?: boolean;
  readonly ignoreAccents?: boolean;
}

/** True when every child is true (an empty group is rejected by the parser). */
export interface AllGroup {
  readonly all: readonly ConditionNode[];
}

/** True when at least one child is true. */
export interface AnyGroup {
  readonly any: readonly ConditionNode[];
}

/** Negates its child. */
export interface NotGroup {
  readonly not: ConditionNode;
}

/** A node of a rule's condition tree. */
export type ConditionNode = Condition | AllGroup | AnyGroup | NotGroup;

/** Ticket priorities, lowest first. */
export const PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
/** A ticket priority. */
export type Priority = (typeof PRIORITIES)[number];

/** Where handed-off work lands. */
export const DESTINATIONS = ['inbox', 'helpDesk'] as const;
/** Where handed-off work lands: the shared inbox (conversations) or the help desk (tickets). */
export type Destination = (typeof DESTINATIONS)[number];

/** How a team picks one of its members. */
export const ASSIGNMENT_STRATEGIES = ['roundRobin', 'leastLoaded'] as const;
/** How a team picks one of its members. */
export type AssignmentStrategy = (typeof ASSIGNMENT_STRATEGIES)[number];

/** What a matching rule (or the fallback) does to the ticket. */
export type Action =
  | { readonly type: 'assignUser'; readonly userId: string }
  | { readonly type: 'assignTeam'; readonly teamId: string; readonly strategy?: AssignmentStrategy }
  | { readonly type: 'setPriority'; readonly priority: Priority }
  | { readonly type: 'addTags'; readonly tags: readonly string[] }
  | { readonly type: 'setDestination'; readonly destination: Destination }
  | { readonly type: 'sendMessage'; readonly message: string };

/** The kinds of action. */
export type ActionType = Action['type'];

/** One routing rule. `stop` only matters under collect-all: a matching rule with it ends evaluation. */
export interface Rule {
  readonly id: string;
  readonly name: string;
  readonly enabled: boolean;
  readonly when: ConditionNode;
  readonly then: readonly Action[];
  readonly stop?: boolean;
}

/** First-match: the first matching rule decides. Collect-all: every matching rule's actions, in order. */
export type HitPolicy = 'firstMatch' | 'collectAll';

/** The current version of the rule-set format; stored rule sets carry it so the format can evolve. */
export const RULE_SET_FORMAT_VERSION = 1;

/** An ordered list of rules with a hit policy and an explicit fallback for when no rule matches. */
export interface RuleSet {
  readonly formatVersion: typeof RULE_SET_FORMAT_VERSION;
  readonly hitPolicy: HitPolicy;
  readonly rules: readonly Rule[];
  /** Actions taken when no enabled rule matches. An empty list means: leave the ticket unassigned. */
  readonly fallback: readonly Action[];
}

/** Tells a group node from a condition. */
export const isGroup = (node: ConditionNode): node is AllGroup | AnyGroup | NotGroup =>
  'all' in node || 'any' in node || 'not' in node;
