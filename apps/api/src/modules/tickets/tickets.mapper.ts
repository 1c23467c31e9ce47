import type { AssignmentEntity } from './assignment.entity';
import type { AssignmentType } from './dtos/assignment.type';
import type { AssignmentMethodEnum, DestinationEnum, TicketPriorityEnum, TicketStatusEnum } from './dtos/ticket-enums';
import type { AssignTicketInput, CreateTicketInput, UpdateTicketInput } from './dtos/ticket-mutations.input';
import type { TicketType } from './dtos/ticket.type';
import type { AssignTicketCommand, CreateTicketCommand, UpdateTicketCommand } from './ticket-commands';
import type { TicketSnapshot } from './ticket-events';
import type { TicketEntity } from './ticket.entity';

/** Persistence shape (or event snapshot) → GraphQL shape. Stored values were validated on write. */
export const toTicketType = (t: TicketEntity | TicketSnapshot): TicketType => ({
  id: t.id,
  subject: t.subject,
  description: t.description,
  priority: t.priority as TicketPriorityEnum,
  status: t.status as TicketStatusEnum,
  tags: [...t.tags],
  sourceChannel: t.sourceChannel,
  destination: t.destination as DestinationEnum,
  custom: { ...t.custom },
  ownerId: t.ownerId,
  teamId: t.teamId,
  conversationId: t.conversationId,
  createdAt: new Date(t.createdAt),
  updatedAt: new Date(t.updatedAt),
});

/** Persistence shape → GraphQL shape. */
export const toAssignmentType = (a: AssignmentEntity): AssignmentType => ({
  id: a.id,
  userId: a.userId,
  teamId: a.teamId,
  method: a.method as AssignmentMethodEnum,
  reason: a.reason,
  actor: a.actor,
  createdAt: a.createdAt,
});

// GraphQL sends an explicit null for an omitted nullable field; for these commands null and
// "not given" mean the same: leave as is (or, for assignment, nobody).
const given = <T>(value: T | null | undefined): T | undefined => (value === null ? undefined : value);

/** GraphQL input → service command. */
export const toCreateTicketCommand = (input: CreateTicketInput): CreateTicketCommand => ({
  subject: input.subject,
  description: given(input.description),
  priority: given(input.priority),
  tags: given(input.tags),
  sourceChannel: given(input.sourceChannel),
  destination: given(input.destination),
  custom: given(input.custom),
  ownerId: given(input.ownerId),
  teamId: given(input.teamId),
  conversationId: given(input.conversationId),
  idempotencyKey: given(input.idempotencyKey),
});

/** GraphQL input → service command. */
export const toUpdateTicketCommand = (input: UpdateTicketInput): UpdateTicketCommand => ({
  ticketId: input.ticketId,
  subject: given(input.subject),
  description: given(input.description),
  priority: given(input.priority),
  status: given(input.status),
  tags: given(input.tags),
  custom: given(input.custom),
});

/** GraphQL input → service command. */
export const toAssignTicketCommand = (input: AssignTicketInput): AssignTicketCommand => ({
  ticketId: input.ticketId,
  // Absent means "keep as is"; an explicit null clears. type-graphql leaves absent fields undefined.
  userId: input.userId,
  teamId: input.teamId,
});
