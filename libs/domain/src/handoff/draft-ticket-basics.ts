import type { Priority } from '../rules/rule-ast';
import type { RoutingFacts } from '../rules/routing-facts';
import type { HandoffReason } from './handoff-decision';
import type { HandoffEvent } from './handoff-event';

/** The parts of a ticket known before routing: from the event's hints, else from the conversation. */
export interface TicketBasics {
  readonly subject: string;
  readonly description: string;
  readonly priority: Priority;
  readonly tags: readonly string[];
  readonly sourceChannel: string;
}

/** Longest subject derived from a message, in code points; longer first lines are cut and end in "…". */
export const MAX_DERIVED_SUBJECT_LENGTH = 120;

/**
 * Drafts the ticket basics: a subject hint, else the first line of the visitor's message, else
 * "Handoff from <channel>"; a description hint, else the message; priority `normal` unless hinted.
 */
export function draftTicketBasics(event: HandoffEvent): TicketBasics {
  const hints = event.ticket ?? {};
  const text = event.messageText?.trim() ?? '';
  return {
    subject: nonBlank(hints.subject) ?? deriveSubject(text) ?? `Handoff from ${event.conversation.channel}`,
    description: nonBlank(hints.description) ?? text,
    priority: hints.priority ?? 'normal',
    tags: [...new Set(hints.tags ?? [])],
    sourceChannel: event.conversation.channel,
  };
}

/**
 * The facts a rule set sees for a handoff: the ticket as drafted (status `new`, created `now`),
 * the conversation with its handoff reason and the distinct matched phrases, contact and channel.
 */
export function buildRoutingFacts(
  event: HandoffEvent,
  basics: TicketBasics,
  reason: HandoffReason,
  matchedPhrases: readonly string[],
  now: number,
): RoutingFacts {
  return {
    ticket: { ...basics, status: 'new', createdAt: now, custom: event.ticket?.custom ?? null },
    conversation: {
      channel: event.conversation.channel,
      language: event.conversation.language ?? null,
      messageText: event.messageText ?? null,
      handoffReason: reason,
      matchedTriggers: matchedPhrases,
    },
    contact: event.contact ?? null,
    channel: { name: event.conversation.channelName ?? null },
  };
}

const nonBlank = (text: string | null | undefined): string | null => (text && text.trim() !== '' ? text.trim() : null);

function deriveSubject(text: string): string | null {
  const firstLine = nonBlank(text.split('\n', 1)[0]);
  if (firstLine === null) return null;
  const chars = Array.from(firstLine); // by code point, so an emoji is never cut in half
  return chars.length <= MAX_DERIVED_SUBJECT_LENGTH ? firstLine : `${chars.slice(0, MAX_DERIVED_SUBJECT_LENGTH - 1).join('')}…`;
}
