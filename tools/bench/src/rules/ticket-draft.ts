import type { RoutingFacts } from '@handoff/domain';
import type { SeededRandom } from '../lib/seeded-random';
import { CHANNELS, CONTACT_TIERS, EMAIL_DOMAINS, FILLER_WORDS, HANDOFF_REASONS, LANGUAGES, PRIORITIES, SUBJECT_KEYWORDS, TAGS, TIME_WINDOW } from './vocabulary';

/** One word of a subject; `exactCase` words are never capitalised (a case-sensitive rule relies on them). */
export interface SubjectWord {
  readonly word: string;
  readonly exactCase: boolean;
}

/**
 * A ticket being made up, field by field (keyed by the rule language's field ids), before it
 * becomes `RoutingFacts`. `null` and `undefined` both mean "not set", as they do in the facts.
 */
export interface TicketDraft {
  subject: SubjectWord[];
  tags: string[];
  readonly values: Map<string, string | number | boolean | null | undefined>;
}

/** The values an enum-like field takes in the benchmark data. */
export const FIELD_OPTIONS: ReadonlyMap<string, readonly string[]> = new Map<string, readonly string[]>([
  ['conversation.channel', CHANNELS],
  ['ticket.priority', PRIORITIES],
  ['contact.tier', CONTACT_TIERS],
  ['conversation.language', LANGUAGES],
  ['conversation.handoffReason', HANDOFF_REASONS],
]);

/** The range a number or datetime field takes in the benchmark data. */
export const FIELD_RANGES: ReadonlyMap<string, readonly [number, number]> = new Map<string, readonly [number, number]>([
  ['ticket.custom.orderValue', [0, 5_000]],
  ['contact.custom.lifetimeValue', [0, 100_000]],
  ['ticket.createdAt', [TIME_WINDOW.start, TIME_WINDOW.end]],
  ['contact.custom.signedUpAt', [TIME_WINDOW.start, TIME_WINDOW.end]],
]);

const maybe = <T>(random: SeededRandom, present: number, value: () => T): T | null | undefined =>
  random.chance(present) ? value() : random.chance(0.5) ? null : undefined;

const inRange = (random: SeededRandom, field: string): number => {
  const [low, high] = FIELD_RANGES.get(field) ?? [0, 0];
  return random.int(low, high);
};

/** A random ticket, before any rule is aimed at. */
export function randomDraft(random: SeededRandom): TicketDraft {
  const words: SubjectWord[] = random.sample(FILLER_WORDS, random.int(2, 5)).map((word) => ({ word, exactCase: false }));
  for (let i = random.weighted([[0, 3], [1, 4], [2, 2]] as const); i > 0; i--) words.splice(random.int(0, words.length), 0, { word: random.pick(SUBJECT_KEYWORDS), exactCase: false });
  const values = new Map<string, string | number | boolean | null | undefined>([
    ['conversation.channel', random.pick(CHANNELS)],
    ['ticket.priority', random.weighted([['low', 2], ['normal', 5], ['high', 2], ['urgent', 1]] as const)],
    ['contact.tier', maybe(random, 0.9, () => random.pick(CONTACT_TIERS))],
    ['conversation.language', random.pick(LANGUAGES)],
    ['conversation.handoffReason', random.pick(HANDOFF_REASONS)],
    ['ticket.custom.orderValue', maybe(random, 0.8, () => inRange(random, 'ticket.custom.orderValue'))],
    ['contact.custom.lifetimeValue', maybe(random, 0.7, () => inRange(random, 'contact.custom.lifetimeValue'))],
    ['ticket.createdAt', inRange(random, 'ticket.createdAt')],
    ['contact.custom.signedUpAt', maybe(random, 0.6, () => inRange(random, 'contact.custom.signedUpAt'))],
    ['contact.custom.isVip', maybe(random, 0.8, () => random.chance(0.12))],
  ]);
  return { subject: words, tags: random.sample(TAGS, random.weighted([[0, 2], [1, 4], [2, 3], [3, 1]] as const)), values };
}

function renderSubject(random: SeededRandom, words: readonly SubjectWord[]): string {
  const text = words.map(({ word, exactCase }) => (!exactCase && random.chance(0.25) ? word.toUpperCase() : word)).join(' ');
  const first = words[0];
  return first !== undefined && !first.exactCase ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}

type DraftValue = string | number | boolean | null | undefined;

// Absent custom values are left out of the record rather than stored as `undefined`.
const present = (record: Readonly<Record<string, DraftValue>>): Record<string, DraftValue> =>
  Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined));

/** Turns a draft into the facts every contender evaluates. */
export function draftToFacts(random: SeededRandom, draft: TicketDraft): RoutingFacts {
  const value = (field: string): DraftValue => draft.values.get(field);
  const text = (field: string): string | null | undefined => {
    const v = value(field);
    return typeof v === 'string' || v === null ? v : undefined;
  };
  const channel = text('conversation.channel') ?? 'chat';
  const createdAt = value('ticket.createdAt');
  return {
    ticket: {
      subject: renderSubject(random, draft.subject),
      priority: text('ticket.priority'),
      status: 'new',
      tags: draft.tags,
      sourceChannel: channel,
      createdAt: typeof createdAt === 'number' ? createdAt : null,
      custom: present({ orderValue: value('ticket.custom.orderValue') }),
    },
    conversation: { channel, language: text('conversation.language'), handoffReason: text('conversation.handoffReason') },
    contact: {
      tier: text('contact.tier'),
      emailDomain: random.pick(EMAIL_DOMAINS),
      custom: present({ lifetimeValue: value('contact.custom.lifetimeValue'), isVip: value('contact.custom.isVip'), signedUpAt: value('contact.custom.signedUpAt') }),
    },
    channel: { name: `${channel}-main` },
  };
}
