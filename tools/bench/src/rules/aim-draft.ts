import { isGroup, type Condition, type ConditionNode, type ConditionScalar } from '@handoff/domain';
import type { SeededRandom } from '../lib/seeded-random';
import { FIELD_OPTIONS, FIELD_RANGES, type TicketDraft } from './ticket-draft';

/**
 * Edits a draft so that `node` comes out `want` — a best effort that steers tickets towards a
 * chosen rule. It need not be exact: every contender evaluates the finished facts, and the
 * benchmark compares what they decide, not what the generator aimed at.
 */
export function aimDraft(node: ConditionNode, draft: TicketDraft, want: boolean, random: SeededRandom): void {
  if (!isGroup(node)) return aimCondition(node, draft, want, random);
  if ('not' in node) return aimDraft(node.not, draft, !want, random);
  const children = 'all' in node ? node.all : node.any;
  // `all` true and `any` false need every child aimed; the other two need just one.
  if (('all' in node) === want) for (const child of children) aimDraft(child, draft, want, random);
  else aimDraft(random.pick(children), draft, want, random);
}

const NEGATED: Readonly<Partial<Record<Condition['operator'], Condition['operator']>>> = {
  notEquals: 'equals',
  notIn: 'in',
  notContains: 'contains',
  hasNoneOf: 'hasAnyOf',
};

function aimCondition(condition: Condition, draft: TicketDraft, want: boolean, random: SeededRandom): void {
  const positive = NEGATED[condition.operator];
  if (positive !== undefined) return aimCondition({ ...condition, operator: positive }, draft, !want, random);
  const value = condition.value;
  const list = Array.isArray(value) ? (value as readonly ConditionScalar[]) : [value as ConditionScalar];
  switch (condition.operator) {
    case 'contains': {
      const word = String(value);
      if (want) draft.subject.splice(random.int(0, draft.subject.length), 0, { word, exactCase: condition.ignoreCase !== true });
      else draft.subject = draft.subject.filter((w) => !w.word.includes(word));
      return;
    }
    case 'hasAnyOf':
      if (want) draft.tags = [...new Set([...draft.tags, String(random.pick(list))])];
      else draft.tags = draft.tags.filter((tag) => !list.includes(tag));
      return;
    case 'equals':
    case 'in':
      return aimChoice(condition.field, list, draft, want, random);
    default:
      return aimNumber(condition, draft, want, random);
  }
}

function aimChoice(field: string, list: readonly ConditionScalar[], draft: TicketDraft, want: boolean, random: SeededRandom): void {
  if (typeof list[0] === 'boolean') return void draft.values.set(field, want ? list[0] : !list[0]);
  const others = (FIELD_OPTIONS.get(field) ?? []).filter((option) => !list.includes(option));
  if (want) draft.values.set(field, random.pick(list) as string);
  else draft.values.set(field, others.length > 0 ? random.pick(others) : undefined);
}

function aimNumber(condition: Condition, draft: TicketDraft, want: boolean, random: SeededRandom): void {
  const [min, max] = FIELD_RANGES.get(condition.field) ?? [0, 0];
  const raw = Array.isArray(condition.value) ? condition.value : [condition.value];
  const [a, b] = raw.map((v) => (typeof v === 'string' ? Date.parse(v) : Number(v))) as [number, number | undefined];
  const above = (x: number): number => random.int(x + 1, Math.max(x + 1, max));
  const below = (x: number): number => random.int(Math.min(min, x - 1), x - 1);
  let next: number;
  switch (condition.operator) {
    case 'greaterThan':
      next = want ? above(a) : random.int(Math.min(min, a), a);
      break;
    case 'greaterThanOrEqual':
      next = want ? random.int(a, Math.max(a, max)) : below(a);
      break;
    case 'lessThan':
      next = want ? below(a) : random.int(a, Math.max(a, max));
      break;
    case 'lessThanOrEqual':
      next = want ? random.int(Math.min(min, a), a) : above(a);
      break;
    case 'between': {
      const high = b ?? a;
      next = want ? random.int(a, high) : random.chance(0.5) ? below(a) : above(high);
      break;
    }
    default:
      throw new Error(`the generator never writes ${condition.operator}`);
  }
  draft.values.set(condition.field, next);
}
