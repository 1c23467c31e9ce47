import { isGroup, normalizeText, type Condition, type ConditionNode, type RuleSet } from '@handoff/domain';
import { numberOf, unsupported, valuesOf } from './condition-values';

const FOLD = { ignoreCase: true } as const;

// Each field the generator writes, as the local a hand-written router would read it into.
const LOCALS: Readonly<Record<string, string>> = {
  'conversation.channel': 'channel',
  'ticket.priority': 'priority',
  'contact.tier': 'tier',
  'conversation.language': 'language',
  'conversation.handoffReason': 'reason',
  'ticket.tags': 'tags',
  'ticket.subject': 'subject',
  'ticket.custom.orderValue': 'orderValue',
  'contact.custom.lifetimeValue': 'lifetimeValue',
  'contact.custom.isVip': 'isVip',
  'ticket.createdAt': 'createdAt',
  'contact.custom.signedUpAt': 'signedUpAt',
};

const PRELUDE = `  const ticket = facts.ticket;
  const conversation = facts.conversation;
  const contact = facts.contact;
  const channel = conversation?.channel;
  const priority = ticket?.priority;
  const tier = contact?.tier;
  const language = conversation?.language;
  const reason = conversation?.handoffReason;
  const tags = ticket?.tags ?? NO_TAGS;
  const subject = ticket?.subject ?? '';
  const subjectFolded = normalizeText(subject, FOLD);
  const orderValue = ticket?.custom?.['orderValue'];
  const lifetimeValue = contact?.custom?.['lifetimeValue'];
  const isVip = contact?.custom?.['isVip'];
  const createdAt = ticket?.createdAt;
  const signedUpAt = contact?.custom?.['signedUpAt'];
`;

const quote = (value: unknown): string => (typeof value === 'string' ? `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'` : String(value));

function conditionToTs(condition: Condition): string {
  const local = LOCALS[condition.field];
  if (local === undefined || condition.ignoreAccents === true) return unsupported(condition);
  const values = valuesOf(condition);
  const first = values[0];
  const number = (i: number): number => numberOf(condition.field, values[i]);
  const oneOf = (): string => `(${values.map((value) => `${local} === ${quote(value)}`).join(' || ')})`;
  const anyTag = (): string => `(${values.map((value) => `tags.includes(${quote(value)})`).join(' || ')})`;
  const includes = (): string =>
    condition.ignoreCase === true ? `subjectFolded.includes(${quote(normalizeText(String(first), FOLD))})` : `subject.includes(${quote(first)})`;
  const isNumber = `typeof ${local} === 'number'`;
  switch (condition.operator) {
    case 'equals':
      return `${local} === ${quote(first)}`;
    case 'notEquals':
      return `${local} !== ${quote(first)}`;
    case 'in':
      return oneOf();
    case 'notIn':
      return `!${oneOf()}`;
    case 'contains':
      return includes();
    case 'notContains':
      return `!${includes()}`;
    case 'hasAnyOf':
      return anyTag();
    case 'hasNoneOf':
      return `!${anyTag()}`;
    case 'greaterThan':
      return `(${isNumber} && ${local} > ${number(0)})`;
    case 'greaterThanOrEqual':
      return `(${isNumber} && ${local} >= ${number(0)})`;
    case 'lessThan':
      return `(${isNumber} && ${local} < ${number(0)})`;
    case 'lessThanOrEqual':
      return `(${isNumber} && ${local} <= ${number(0)})`;
    case 'between':
      return `(${isNumber} && ${local} >= ${number(0)} && ${local} <= ${number(1)})`;
    default:
      return unsupported(condition);
  }
}

/** A condition tree as one TypeScript boolean expression. */
export function nodeToTs(node: ConditionNode): string {
  if (!isGroup(node)) return conditionToTs(node);
  if ('all' in node) return node.all.length === 1 ? nodeToTs(node.all[0] as ConditionNode) : `(${node.all.map(nodeToTs).join(' && ')})`;
  if ('any' in node) return `(${node.any.map(nodeToTs).join(' || ')})`;
  return `!(${nodeToTs(node.not)})`;
}

/** What the generated file says about where it came from. */
export interface IfChainOrigin {
  readonly description: string;
  readonly regenerate: string;
}

/**
 * The ceiling: the rule set as the `if` chain a careful developer would write by hand — every
 * field read once into a local up front (the subject folded once), then plain comparisons.
 * Exports `ceilingFirstMatch` (index of the first matching rule, -1 for the fallback) and
 * `ceilingCollectAll` (indexes of every matching rule).
 */
export function generateIfChainSource(ruleSet: RuleSet, origin: IfChainOrigin): string {
  const enabled = ruleSet.rules.flatMap((rule, index) => (rule.enabled ? [{ index, id: rule.id, test: nodeToTs(rule.when) }] : []));
  const chain = (body: (rule: (typeof enabled)[number]) => string): string => enabled.map((rule) => `  // ${rule.id}\n  ${body(rule)}\n`).join('');
  return `// GENERATED FILE — do not edit by hand.
// ${origin.description}
// Regenerate with: ${origin.regenerate}
import { normalizeText, type RoutingFacts } from '@handoff/domain';

const FOLD = { ignoreCase: true } as const;
const NO_TAGS: readonly string[] = [];

/** Index of the first matching rule, or -1 when the fallback applies. */
export function ceilingFirstMatch(facts: RoutingFacts): number {
${PRELUDE}
${chain((rule) => `if (${rule.test}) return ${rule.index};`)}  return -1;
}

/** Indexes of every matching rule, in order. */
export function ceilingCollectAll(facts: RoutingFacts): number[] {
${PRELUDE}  const matched: number[] = [];
${chain((rule) => `if (${rule.test}) matched.push(${rule.index});`)}  return matched;
}
`;
}
