import { issue, type Issue } from '@handoff/domain';

/** Bounds on what a client may store on a ticket; checked before anything is written. */
export const TICKET_LIMITS = {
  subject: 500,
  description: 20_000,
  tags: 20,
  tag: 50,
  customJson: 10_000,
  idempotencyKey: 200,
} as const;

/** The writable text fields of a ticket, as far as a client gave them. */
export interface TicketFieldsInput {
  readonly subject?: string | undefined;
  readonly description?: string | undefined;
  readonly tags?: readonly string[] | undefined;
  readonly custom?: Record<string, unknown> | undefined;
  readonly idempotencyKey?: string | undefined;
}

/** Every problem with the given fields, with paths under `input`. */
export function validateTicketFields(input: TicketFieldsInput): Issue[] {
  const issues: Issue[] = [];
  if (input.subject !== undefined && (input.subject.trim() === '' || input.subject.length > TICKET_LIMITS.subject)) {
    issues.push(issue('INVALID_VALUE', 'input.subject', `A subject must be 1–${TICKET_LIMITS.subject} characters and not blank`));
  }
  if (input.description !== undefined && input.description.length > TICKET_LIMITS.description) {
    issues.push(issue('LIMIT_EXCEEDED', 'input.description', `A description may have at most ${TICKET_LIMITS.description} characters`));
  }
  if (input.tags !== undefined) {
    if (input.tags.length > TICKET_LIMITS.tags) issues.push(issue('LIMIT_EXCEEDED', 'input.tags', `At most ${TICKET_LIMITS.tags} tags`));
    input.tags.forEach((tag, i) => {
      if (tag.trim() === '' || tag.length > TICKET_LIMITS.tag) {
        issues.push(issue('INVALID_VALUE', `input.tags[${i}]`, `A tag must be 1–${TICKET_LIMITS.tag} characters and not blank`));
      }
    });
  }
  if (input.custom !== undefined && JSON.stringify(input.custom).length > TICKET_LIMITS.customJson) {
    issues.push(issue('LIMIT_EXCEEDED', 'input.custom', `Custom properties may take at most ${TICKET_LIMITS.customJson} characters as JSON`));
  }
  if (input.idempotencyKey !== undefined && (input.idempotencyKey.trim() === '' || input.idempotencyKey.length > TICKET_LIMITS.idempotencyKey)) {
    issues.push(issue('INVALID_VALUE', 'input.idempotencyKey', `An idempotency key must be 1–${TICKET_LIMITS.idempotencyKey} characters`));
  }
  return issues;
}
