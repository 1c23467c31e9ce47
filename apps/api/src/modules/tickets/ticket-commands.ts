/** A ticket to create, as the service takes it (GraphQL-free). */
export interface CreateTicketCommand {
  readonly subject: string;
  readonly description?: string | undefined;
  readonly priority?: string | undefined;
  readonly tags?: readonly string[] | undefined;
  readonly sourceChannel?: string | undefined;
  readonly destination?: string | undefined;
  readonly custom?: Record<string, unknown> | undefined;
  readonly ownerId?: string | undefined;
  readonly teamId?: string | undefined;
  readonly conversationId?: string | undefined;
  readonly idempotencyKey?: string | undefined;
}

/** Changes to a ticket; undefined means "leave as is". */
export interface UpdateTicketCommand {
  readonly ticketId: string;
  readonly subject?: string | undefined;
  readonly description?: string | undefined;
  readonly priority?: string | undefined;
  readonly status?: string | undefined;
  readonly tags?: string[] | undefined;
  readonly custom?: Record<string, unknown> | undefined;
}

/** A manual assignment; a missing user or team means none. */
/** Hand a ticket to someone: a field left undefined is kept, null clears it. */
export interface AssignTicketCommand {
  readonly ticketId: string;
  readonly userId?: string | null | undefined;
  readonly teamId?: string | null | undefined;
}
