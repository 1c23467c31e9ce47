import type { EntityManager } from 'typeorm';
import { asRow } from '../../db/json-row';
import { requireWorkspace } from '../../db/workspace-scope';
import { OutboxEventEntity } from './outbox-event.entity';
import { OutboxStreamEntity } from './outbox-stream.entity';

/** An event to write with a change. */
export interface OutboxEventInput {
  readonly topic: string;
  readonly payload: object;
}

/** A stored event as the relay and replays read it. */
export interface OutboxRow {
  readonly sequence: number;
  readonly workspaceId: string;
  readonly topic: string;
  readonly payload: unknown;
  readonly createdAt: string;
}

// Advisory lock classes (the first of PostgreSQL's two int4 keys): appends per workspace, relay runs.
const APPEND_LOCK = 0x0b0c;
const RELAY_LOCK = 0x0b0d;

/** The outbox table. Writers append inside the transaction of the change the events announce. */
export class OutboxRepository {
  constructor(private readonly manager: EntityManager) {}

  /**
   * Call last in the change's transaction. On PostgreSQL a per-workspace lock, held until commit,
   * makes sequence order the commit order within a workspace: a sequence is drawn only after
   * the previous writer committed, so a subscriber holding cursor N has missed nothing below N.
   * SQLite has a single writer, so there it holds already.
   */
  async append(workspaceId: string, events: readonly OutboxEventInput[], at: Date): Promise<void> {
    requireWorkspace(workspaceId);
    if (events.length === 0) return;
    if (this.isPostgres) await this.manager.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [APPEND_LOCK, `${this.tablePath}:${workspaceId}`]);
    const rows = events.map((e) => asRow<OutboxEventEntity>({ workspaceId, topic: e.topic, payload: e.payload, createdAt: at, publishedAt: null }));
    await this.manager.createQueryBuilder().insert().into(OutboxEventEntity).values(rows).updateEntity(false).execute();
  }

  /**
   * Marks the oldest unpublished events published and returns them in sequence order; inside the
   * relay's transaction, so a failed publish rolls the mark back. Relays take turns (PostgreSQL:
   * an advisory lock; SQLite: the write lock the UPDATE takes first), so every workspace's
   * events are published in sequence order by whichever instance runs.
   */
  async claimUnpublished(limit: number, at: Date): Promise<OutboxRow[]> {
    const runner = this.manager.queryRunner;
    if (!runner) throw new Error('claimUnpublished must run inside a transaction');
    if (this.isPostgres) await runner.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [RELAY_LOCK, this.tablePath]);
    const table = this.escapedTable;
    const result = await runner.query(
      `UPDATE ${table} SET published_at = ${this.placeholder(1)} WHERE sequence IN ` +
        `(SELECT sequence FROM ${table} WHERE published_at IS NULL ORDER BY sequence LIMIT ${Math.trunc(limit)}) ` +
        'RETURNING sequence, workspace_id, topic, payload, created_at',
      [at.toISOString()],
      true,
    );
    const records = (result.records ?? []) as { sequence: number | string; workspace_id: string; topic: string; payload: string; created_at: string }[];
    return records
      .map((r) => ({ sequence: Number(r.sequence), workspaceId: r.workspace_id, topic: r.topic, payload: JSON.parse(r.payload) as unknown, createdAt: r.created_at }))
      .sort((a, b) => a.sequence - b.sequence);
  }

  /** A workspace's events after a sequence, in order (of the given topics, or all). */
  async after(workspaceId: string, sequence: number, limit: number, topics?: readonly string[]): Promise<OutboxRow[]> {
    const query = this.manager
      .createQueryBuilder(OutboxEventEntity, 'o')
      .where('o.workspace_id = :workspaceId', { workspaceId: requireWorkspace(workspaceId) })
      .andWhere('o.sequence > :sequence', { sequence })
      .orderBy('o.sequence', 'ASC')
      .limit(limit);
    if (topics) query.andWhere('o.topic IN (:...topics)', { topics });
    const rows = await query.getMany();
    return rows.map((r) => ({ sequence: Number(r.sequence), workspaceId: r.workspaceId, topic: r.topic, payload: r.payload, createdAt: r.createdAt.toISOString() }));
  }

  /** The newest sequence handed out so far (0 for an empty outbox). */
  async maxSequence(): Promise<number> {
    const row = await this.manager.createQueryBuilder(OutboxEventEntity, 'o').select('MAX(o.sequence)', 'max').getRawOne<{ max: number | string | null }>();
    return Number(row?.max ?? 0);
  }

  /** When the oldest unpublished event was committed; null when everything is published. A read: polls cost no write. */
  async oldestUnpublished(): Promise<Date | null> {
    const row = await this.manager.createQueryBuilder(OutboxEventEntity, 'o').where('o.published_at IS NULL').orderBy('o.sequence', 'ASC').limit(1).getOne();
    return row?.createdAt ?? null;
  }

  countUnpublished(): Promise<number> {
    return this.manager.createQueryBuilder(OutboxEventEntity, 'o').where('o.published_at IS NULL').getCount();
  }

  /** Forgets published events committed before `before`; cursors that old are answered CURSOR_EXPIRED. */
  async prune(before: Date): Promise<void> {
    await this.manager
      .createQueryBuilder()
      .delete()
      .from(OutboxEventEntity)
      .where('published_at IS NOT NULL AND created_at < :before', { before: before.toISOString() })
      .execute();
  }

  /** This database's event stream id (see OutboxStreamEntity). */
  async streamId(): Promise<string> {
    const [stream] = await this.manager.find(OutboxStreamEntity, { take: 1 });
    if (!stream) throw new Error('outbox_stream is empty: the outbox migration did not run');
    return stream.id;
  }

  private get isPostgres(): boolean {
    return this.manager.connection.options.type === 'postgres';
  }

  private get tablePath(): string {
    return this.manager.connection.getMetadata(OutboxEventEntity).tablePath;
  }

  private get escapedTable(): string {
    return this.tablePath
      .split('.')
      .map((part) => this.manager.connection.driver.escape(part))
      .join('.');
  }

  private placeholder(n: number): string {
    return this.isPostgres ? `$${n}` : '?';
  }
}
