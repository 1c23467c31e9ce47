import { CHANNELS, issue, type HandoffSignals, type Issue } from '@handoff/domain';
import type { ContactDocument } from '../conversations/conversation.entity';

/** A visitor's message, as the flow takes it (GraphQL-free). */
export interface VisitorMessageCommand {
  readonly conversationId?: string | undefined;
  readonly channel: string;
  readonly language?: string | undefined;
  readonly contact?: ContactDocument | undefined;
  readonly text: string;
  readonly idempotencyKey?: string | undefined;
}

/** What the AI agent reports about a conversation. */
export interface AgentSignalCommand {
  readonly conversationId: string;
  readonly signal: 'cannotAnswer' | 'paused' | 'visitorAskedForHuman';
}

/** The domain signals an agent signal stands for. */
export const SIGNALS: Readonly<Record<AgentSignalCommand['signal'], HandoffSignals>> = {
  cannotAnswer: { agentCannotAnswer: true },
  paused: { agentPaused: true },
  visitorAskedForHuman: { visitorAskedForHuman: true },
};

/** Bounds on a visitor message; checked before anything is written. */
export const VISITOR_MESSAGE_LIMITS = { text: 10_000, language: 35, idempotencyKey: 200, contactField: 320, customJson: 10_000 } as const;

/** Every problem with a visitor message, with paths under `input`. */
export function validateVisitorMessage(command: VisitorMessageCommand): Issue[] {
  const issues: Issue[] = [];
  const L = VISITOR_MESSAGE_LIMITS;
  if (!(CHANNELS as readonly string[]).includes(command.channel)) issues.push(issue('INVALID_VALUE', 'input.channel', `One of ${CHANNELS.join(', ')}`));
  if (command.text.trim() === '' || command.text.length > L.text) issues.push(issue('INVALID_VALUE', 'input.text', `A message must be 1–${L.text} characters and not blank`));
  if (command.language !== undefined && (command.language.trim() === '' || command.language.length > L.language)) {
    issues.push(issue('INVALID_VALUE', 'input.language', `A language tag must be 1–${L.language} characters`));
  }
  if (command.idempotencyKey !== undefined && (command.idempotencyKey.trim() === '' || command.idempotencyKey.length > L.idempotencyKey)) {
    issues.push(issue('INVALID_VALUE', 'input.idempotencyKey', `An idempotency key must be 1–${L.idempotencyKey} characters`));
  }
  const contact = command.contact ?? {};
  for (const field of ['email', 'company', 'tier'] as const) {
    const value = contact[field];
    if (value !== undefined && value.length > L.contactField) issues.push(issue('LIMIT_EXCEEDED', `input.contact.${field}`, `At most ${L.contactField} characters`));
  }
  if (contact.email !== undefined && !/^[^\s@]+@[^\s@]+$/.test(contact.email)) issues.push(issue('INVALID_VALUE', 'input.contact.email', 'Not an email address'));
  if (contact.custom !== undefined && JSON.stringify(contact.custom).length > L.customJson) {
    issues.push(issue('LIMIT_EXCEEDED', 'input.contact.custom', `Custom contact properties may take at most ${L.customJson} characters as JSON`));
  }
  return issues;
}

/** The contact as stored: the email's domain is derived, since routing matches on it. */
export function toContactDocument(contact: ContactDocument | undefined): ContactDocument {
  if (!contact) return {};
  const domain = contact.email?.split('@')[1]?.toLowerCase();
  return { ...contact, ...(domain ? { emailDomain: domain } : {}) };
}
