import { err, ok, type Result } from '@handoff/domain';
import type { DataSource } from 'typeorm';
import type { Clock } from '../../shared/clock';
import { decodeEventCursor } from './event-cursor';
import type { EventDelivery, LocalHub } from './event-hub';
import { EventStream } from './event-stream';
import type { ResumeFailure } from './outbox.graphql-errors';
import { OutboxRepository } from './outbox.repository';
import { OUTBOX_LIMITS, type OutboxLimits } from './outbox-limits';

/** What a subscription asks for: a workspace's topic, optionally resumed after a cursor. */
export interface FeedRequest<T> {
  readonly workspaceId: string;
  readonly topic: string;
  readonly after?: string | null | undefined;
  /** The subscriber's filter; events it rejects still move its position on. */
  readonly accept?: (event: EventDelivery<T>) => boolean;
}

/**
 * Opens resumable subscriptions. Without a cursor it only listens. With one it starts listening
 * first, then reads the events committed after the cursor, so nothing committed in between is
 * lost: whatever both the replay and the live feed carry is yielded once (EventStream). Only
 * resuming subscribers read the database, once, at subscribe time.
 */
export class EventFeedService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly hub: Pick<LocalHub, 'listen'>,
    private readonly clock: Clock,
    private readonly limits: OutboxLimits = OUTBOX_LIMITS,
  ) {}

  async open<T>(request: FeedRequest<T>): Promise<Result<EventStream<EventDelivery<T>>, ResumeFailure>> {
    const { workspaceId, topic, after } = request;
    const position = after ? decodeEventCursor(after) : null;
    if (after && !position) return err({ kind: 'notACursor' });
    if (position && this.clock().getTime() - position.createdAt.getTime() > this.limits.resumeWindowMs) {
      return err({ kind: 'tooOld', maxAgeHours: Math.floor(this.limits.resumeWindowMs / 3_600_000) });
    }
    const stream = new EventStream<EventDelivery<T>>(request.accept ?? (() => true));
    stream.onClose(this.hub.listen(topic, workspaceId, (event) => stream.push(event as EventDelivery<T>)));
    if (!position) return ok(stream);
    try {
      // In a transaction: on SQLite's single connection a bare read would see another transaction's uncommitted rows.
      const missed = await this.dataSource.transaction((manager) =>
        new OutboxRepository(manager).after(workspaceId, position.sequence, this.limits.maxReplay + 1, [topic]),
      );
      if (missed.length > this.limits.maxReplay) {
        void stream.return();
        return err({ kind: 'tooFarBehind', maxReplay: this.limits.maxReplay });
      }
      stream.replay(missed as EventDelivery<T>[], position.sequence);
      return ok(stream);
    } catch (error) {
      void stream.return();
      throw error;
    }
  }
}
