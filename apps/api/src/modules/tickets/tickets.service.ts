import { err, ok } from '@handoff/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { isUniqueViolation } from '../../db/is-unique-violation';
import { decodeAfter, type Page } from '../../graphql/keyset-cursor';
import { countAssignment } from '../../observability/metrics';
import type { Clock, IdGenerator } from '../../shared/clock';
import { idempotencyKeyReused, invalid, notFound, type ServiceResult } from '../../shared/service-result';
import { requestFingerprint } from '../../shared/request-fingerprint';
import { AssignmentRepository } from './assignment.repository';
import type { EventOutbox } from '../outbox/outbox-relay';
import { ticketOutboxEvents, toTicketSnapshot, type TicketEvent } from './ticket-events';
import { TicketRepository, type TicketChanges, type TicketFilter } from './ticket.repository';
import type { TicketEntity } from './ticket.entity';
import { findMissingReferences } from './ticket-references';
import { validateTicketFields } from './ticket-validation';
import type { AssignTicketCommand, CreateTicketCommand, UpdateTicketCommand } from './ticket-commands';

/**
 * Tickets: listing, and the changes people and integrators make by hand. Each change writes its
 * events to the outbox in its own transaction; the relay publishes them after the commit.
 */
export class TicketsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: EventOutbox,
    private readonly clock: Clock,
    private readonly ids: IdGenerator,
  ) {}

  list(workspaceId: string, filter: TicketFilter, first: number, after: string | null): Promise<ServiceResult<Page<TicketEntity>>> {
    const position = decodeAfter(after);
    if (!position.ok) return Promise.resolve(position);
    return new TicketRepository(this.dataSource.manager).page(workspaceId, filter, first, position.value).then(ok);
  }

  async get(workspaceId: string, id: string): Promise<TicketEntity | null> {
    return new TicketRepository(this.dataSource.manager).findById(workspaceId, id);
  }

  /**
   * Creates a ticket. With an idempotency key (unique per workspace, whoever sends it) a retry of
   * the same request answers with the ticket the first one made, however many run at once; the
   * same key with a different request is IDEMPOTENCY_KEY_REUSED and writes nothing.
   */
  async create(workspaceId: string, actor: string, command: CreateTicketCommand): Promise<ServiceResult<TicketEntity>> {
    const issues = validateTicketFields(command);
    if (issues.length > 0) return err(invalid(issues));
    const { idempotencyKey: key, ...request } = command;
    const fingerprint = key ? requestFingerprint(request) : null;
    try {
      const result = await this.dataSource.transaction(async (manager) => {
        const tickets = new TicketRepository(manager);
        const earlier = key ? await tickets.findByIdempotencyKey(workspaceId, key) : null;
        if (earlier) return replay(earlier, fingerprint);
        const missing = await findMissingReferences(manager, workspaceId, command);
        if (missing) return err(missing);
        const now = this.clock();
        const ticket: TicketEntity = {
          id: this.ids(),
          workspaceId,
          subject: command.subject.trim(),
          description: command.description ?? '',
          priority: command.priority ?? 'normal',
          status: 'new',
          tags: [...new Set(command.tags ?? [])],
          sourceChannel: command.sourceChannel ?? 'form',
          destination: command.destination ?? 'helpDesk',
          custom: command.custom ?? {},
          ownerId: command.ownerId ?? null,
          teamId: command.teamId ?? null,
          conversationId: command.conversationId ?? null,
          idempotencyKey: key ?? null,
          idempotencyFingerprint: fingerprint,
          createdAt: now,
          updatedAt: now,
        };
        await tickets.insert(ticket);
        const events: TicketEvent[] = [{ kind: 'created', ticket: toTicketSnapshot(ticket) }];
        if (ticket.ownerId || ticket.teamId) {
          await this.recordManualAssignment(manager, ticket, actor, now);
          events.push({ kind: 'assigned', ticket: toTicketSnapshot(ticket) });
        }
        await this.outbox.append(manager, workspaceId, ticketOutboxEvents(events));
        return ok({ ticket, events });
      });
      if (!result.ok) return result;
      if (result.value.events.length > 0) this.outbox.committed();
      if (result.value.events.some((e) => e.kind === 'assigned')) countAssignment('manual', 'assigned');
      return ok(result.value.ticket);
    } catch (error) {
      // A parallel retry with the same key committed first: answer as if it had been seen above.
      if (!key || !isUniqueViolation(error)) throw error;
      const earlier = await new TicketRepository(this.dataSource.manager).findByIdempotencyKey(workspaceId, key);
      if (!earlier) throw error;
      const replayed = replay(earlier, fingerprint);
      return replayed.ok ? ok(replayed.value.ticket) : replayed;
    }
  }

  update(workspaceId: string, command: UpdateTicketCommand): Promise<ServiceResult<TicketEntity>> {
    const issues = validateTicketFields(command);
    if (issues.length > 0) return Promise.resolve(err(invalid(issues)));
    const { ticketId, ...fields } = command;
    const changes: TicketChanges = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
    if (changes.subject !== undefined) changes.subject = changes.subject.trim();
    if (changes.tags !== undefined) changes.tags = [...new Set(changes.tags)];
    return this.change(workspaceId, ticketId, changes, changes.status === 'closed' ? 'closed' : 'updated');
  }

  close(workspaceId: string, ticketId: string): Promise<ServiceResult<TicketEntity>> {
    return this.change(workspaceId, ticketId, { status: 'closed' }, 'closed');
  }

  /** A person hands the ticket to someone (or to nobody); the history records who did it. */
  async assign(workspaceId: string, actor: string, command: AssignTicketCommand): Promise<ServiceResult<TicketEntity>> {
    const result = await this.dataSource.transaction(async (manager) => {
      const tickets = new TicketRepository(manager);
      const before = await tickets.findById(workspaceId, command.ticketId);
      if (!before) return err(notFound('ticket', command.ticketId, 'input.ticketId'));
      const missing = await findMissingReferences(manager, workspaceId, { ownerId: command.userId, teamId: command.teamId });
      if (missing) return err(missing);
      const now = this.clock();
      const after: TicketEntity = {
        ...before,
        ownerId: command.userId === undefined ? before.ownerId : command.userId,
        teamId: command.teamId === undefined ? before.teamId : command.teamId,
        updatedAt: now,
      };
      await tickets.update(workspaceId, before.id, { ownerId: after.ownerId, teamId: after.teamId, updatedAt: now });
      await this.recordManualAssignment(manager, after, actor, now);
      await this.outbox.append(manager, workspaceId, ticketOutboxEvents([{ kind: 'assigned', ticket: toTicketSnapshot(after) }]));
      return ok(after);
    });
    if (result.ok) {
      this.outbox.committed();
      countAssignment('manual', result.value.ownerId || result.value.teamId ? 'assigned' : 'unassigned');
    }
    return result;
  }

  private async change(workspaceId: string, ticketId: string, changes: TicketChanges, kind: 'updated' | 'closed'): Promise<ServiceResult<TicketEntity>> {
    const result = await this.dataSource.transaction(async (manager) => {
      const tickets = new TicketRepository(manager);
      const before = await tickets.findById(workspaceId, ticketId);
      if (!before) return err(notFound('ticket', ticketId, 'input.ticketId'));
      const after: TicketEntity = { ...before, ...changes, updatedAt: this.clock() };
      await tickets.update(workspaceId, ticketId, { ...changes, updatedAt: after.updatedAt });
      await this.outbox.append(manager, workspaceId, ticketOutboxEvents([{ kind, ticket: toTicketSnapshot(after) }]));
      return ok(after);
    });
    if (result.ok) this.outbox.committed();
    return result;
  }

  private async recordManualAssignment(manager: EntityManager, ticket: TicketEntity, actor: string, at: Date): Promise<void> {
    const reason = ticket.ownerId || ticket.teamId ? `assigned by ${actor}` : `unassigned by ${actor}`;
    await new AssignmentRepository(manager).insert({
      id: this.ids(),
      workspaceId: ticket.workspaceId,
      ticketId: ticket.id,
      userId: ticket.ownerId,
      teamId: ticket.teamId,
      method: 'manual',
      reason,
      actor,
      createdAt: at,
    });
  }
}

/**
 * The answer to a request whose key is taken: the ticket it made (as it is now), when the request
 * is the same. Tickets from before fingerprints were stored have none and always replay.
 */
function replay(earlier: TicketEntity, fingerprint: string | null): ServiceResult<{ ticket: TicketEntity; events: TicketEvent[] }> {
  if (earlier.idempotencyFingerprint && earlier.idempotencyFingerprint !== fingerprint) {
    return err(idempotencyKeyReused(earlier.idempotencyKey ?? '', 'input.idempotencyKey'));
  }
  return ok({ ticket: earlier, events: [] });
}
