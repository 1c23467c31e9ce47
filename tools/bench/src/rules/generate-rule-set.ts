import { RULE_SET_FORMAT_VERSION, type Action, type Condition, type ConditionNode, type HitPolicy, type Rule, type RuleSet } from '@handoff/domain';
import { createSeededRandom, type SeededRandom } from '../lib/seeded-random';
import { CHANNELS, CONTACT_TIERS, HANDOFF_REASONS, LANGUAGES, PRIORITIES, SUBJECT_KEYWORDS, TAGS, TIME_WINDOW } from './vocabulary';

/** The size and shape of a generated rule set. */
export interface RuleSetShape {
  readonly rules: number;
  readonly hitPolicy: HitPolicy;
  readonly seed: number;
}

type ConditionMaker = (random: SeededRandom) => Condition;

const iso = (ms: number): string => new Date(ms).toISOString();
const timeIn = (random: SeededRandom, fromShare: number, toShare: number): number => {
  const span = TIME_WINDOW.end - TIME_WINDOW.start;
  const ms = TIME_WINDOW.start + span * (fromShare + random.next() * (toShare - fromShare));
  return Math.floor(ms / 3_600_000) * 3_600_000;
};

// Each maker is keyed by the field it reads, so a rule uses every field at most once (subject
// aside). Selective makers are true for roughly 2–25% of tickets, broad ones for 35–95%.
const MAKERS: readonly (readonly [field: string, weight: number, selective: boolean, make: ConditionMaker])[] = [
  ['conversation.channel', 3, true, (r) => ({ field: 'conversation.channel', operator: 'equals', value: r.pick(CHANNELS) })],
  ['conversation.channel', 2, false, (r) => ({ field: 'conversation.channel', operator: 'in', value: r.sample(CHANNELS, r.int(2, 3)) })],
  ['conversation.channel', 1, false, (r) => ({ field: 'conversation.channel', operator: 'notIn', value: r.sample(CHANNELS, r.int(2, 4)) })],
  ['ticket.priority', 3, false, (r) => ({ field: 'ticket.priority', operator: 'in', value: r.sample(PRIORITIES, r.int(1, 2)) })],
  ['ticket.tags', 3, true, (r) => ({ field: 'ticket.tags', operator: 'hasAnyOf', value: r.sample(TAGS, r.int(1, 3)) })],
  ['ticket.tags', 1, false, (r) => ({ field: 'ticket.tags', operator: 'hasNoneOf', value: r.sample(TAGS, r.int(2, 6)) })],
  ['contact.tier', 2, true, (r) => ({ field: 'contact.tier', operator: 'equals', value: r.pick(CONTACT_TIERS) })],
  ['contact.tier', 1, false, (r) => ({ field: 'contact.tier', operator: 'notEquals', value: r.pick(CONTACT_TIERS) })],
  ['ticket.subject', 4, true, (r) => ({ field: 'ticket.subject', operator: 'contains', value: r.pick(SUBJECT_KEYWORDS), ...(r.chance(0.7) ? { ignoreCase: true } : {}) })],
  ['ticket.subject', 1, false, (r) => ({ field: 'ticket.subject', operator: 'notContains', value: r.pick(SUBJECT_KEYWORDS), ignoreCase: true })],
  ['ticket.custom.orderValue', 1, false, (r) => ({ field: 'ticket.custom.orderValue', operator: 'greaterThan', value: r.int(1, 40) * 100 })],
  ['ticket.custom.orderValue', 1, true, (r) => ({ field: 'ticket.custom.orderValue', operator: 'lessThanOrEqual', value: r.int(1, 20) * 50 })],
  ['ticket.custom.orderValue', 1, true, (r) => {
    const low = r.int(0, 30) * 100;
    return { field: 'ticket.custom.orderValue', operator: 'between', value: [low, low + r.int(2, 15) * 100] };
  }],
  ['contact.custom.lifetimeValue', 1, false, (r) => ({ field: 'contact.custom.lifetimeValue', operator: 'greaterThanOrEqual', value: r.int(1, 80) * 1000 })],
  ['ticket.createdAt', 1, false, (r) => ({ field: 'ticket.createdAt', operator: r.pick(['greaterThan', 'lessThan'] as const), value: iso(timeIn(r, 0.1, 0.9)) })],
  ['contact.custom.signedUpAt', 1, true, (r) => {
    const low = timeIn(r, 0, 0.7);
    return { field: 'contact.custom.signedUpAt', operator: 'between', value: [iso(low), iso(low + r.int(10, 90) * 86_400_000)] };
  }],
  ['conversation.language', 1, true, (r) => ({ field: 'conversation.language', operator: 'equals', value: r.pick(LANGUAGES) })],
  ['conversation.handoffReason', 1, true, (r) => ({ field: 'conversation.handoffReason', operator: 'equals', value: r.pick(HANDOFF_REASONS) })],
  ['contact.custom.isVip', 1, true, () => ({ field: 'contact.custom.isVip', operator: 'equals', value: true })],
];

const weightsOf = (selectiveOnly: boolean): (readonly [number, number])[] =>
  MAKERS.flatMap((maker, index) => (selectiveOnly && !maker[2] ? [] : [[index, maker[1]] as const]));
const ALL_WEIGHTS = weightsOf(false);
const SELECTIVE_WEIGHTS = weightsOf(true);

function makeCondition(random: SeededRandom, used: Set<string>, selectiveOnly: boolean): Condition {
  for (;;) {
    const [field, , , make] = MAKERS[random.weighted(selectiveOnly ? SELECTIVE_WEIGHTS : ALL_WEIGHTS)] as (typeof MAKERS)[number];
    if (used.has(field) && field !== 'ticket.subject') continue;
    used.add(field);
    return make(random);
  }
}

// Two selective conditions first, as real routing rules are specific; then up to two more of
// any kind, sometimes a nested `any` (of subject words or of different signals) or a `not`.
function makeWhen(random: SeededRandom): ConditionNode {
  const used = new Set<string>();
  const children: ConditionNode[] = [makeCondition(random, used, true)];
  if (random.chance(0.2)) {
    const words = random.sample(SUBJECT_KEYWORDS, random.int(2, 3));
    children.push({ any: words.map((word): Condition => ({ field: 'ticket.subject', operator: 'contains', value: word, ignoreCase: true })) });
  } else {
    children.push(makeCondition(random, used, true));
  }
  for (let i = random.int(0, 2); i > 0; i--) {
    if (random.chance(0.15)) children.push({ any: [makeCondition(random, used, false), makeCondition(random, used, true)] });
    else if (random.chance(0.08)) children.push({ not: makeCondition(random, used, true) });
    else children.push(makeCondition(random, used, false));
  }
  return { all: random.sample(children, children.length) };
}

function makeThen(random: SeededRandom, index: number): Action[] {
  const actions: Action[] = [{ type: 'assignTeam', teamId: `team-${(index % 17) + 1}`, strategy: random.pick(['roundRobin', 'leastLoaded'] as const) }];
  if (random.chance(0.3)) actions.push({ type: 'setPriority', priority: random.pick(PRIORITIES) });
  if (random.chance(0.3)) actions.push({ type: 'addTags', tags: [`routed-${index}`] });
  return actions;
}

/** A realistic, deterministic rule set: `all` groups of 2–4 conditions, some nested `any`/`not`, ~5% disabled, a fallback. */
export function generateRuleSet(shape: RuleSetShape): RuleSet {
  const random = createSeededRandom(shape.seed);
  const width = String(shape.rules).length;
  const rules = Array.from({ length: shape.rules }, (_, index): Rule => ({
    id: `r${String(index + 1).padStart(width, '0')}`,
    name: `Rule ${index + 1}`,
    enabled: !random.chance(0.05),
    when: makeWhen(random),
    then: makeThen(random, index),
  }));
  return {
    formatVersion: RULE_SET_FORMAT_VERSION,
    hitPolicy: shape.hitPolicy,
    rules,
    fallback: [{ type: 'assignTeam', teamId: 'team-triage' }, { type: 'setDestination', destination: 'inbox' }],
  };
}
