import type { DataSource, EntityManager } from 'typeorm';
import type { Logger } from '../../observability/logger';
import { eventDeliveryLag, eventsPublished, registerBacklogSource, relayFailures, secondsSince } from '../../observability/metrics';
import type { Clock } from '../../shared/clock';
import type { EventDelivery, LocalHub } from './event-hub';
import { OUTBOX_LIMITS, type OutboxLimits } from './outbox-limits';
import { OutboxRepository, type OutboxEventInput } from './outbox.repository';

/** What services need: write events with their change, and say when it committed. */
export interface EventOutbox {
  /** Writes events inside the change's transaction; call it last there (see OutboxRepository.append). */
  append(manager: EntityManager, workspaceId: string, events: readonly OutboxEventInput[]): Promise<void>;
  /** After the commit: publish soon. Never waits for the publishing. */
  committed(): void;
}

/** The part of the event bus the relay drives. */
export interface RelayBus extends Pick<LocalHub, 'dispatch' | 'watermarks'> {
  deliver(events: readonly EventDelivery[]): Promise<void>;
  onReconnect(listener: () => void): void;
}

export interface OutboxRelayDeps {
  readonly dataSource: DataSource;
  readonly bus: RelayBus;
  readonly clock: Clock;
  readonly logger?: Logger;
  readonly limits?: OutboxLimits;
}

/**
 * Publishes committed outbox events. A commit wakes it at once (no polling delay on the hot
 * path); a poll every `pollMs` picks up events whose instance died between its commit and its
 * publish, or whose publish failed (Redis away). The poll only reads until the oldest
 * unpublished event is `pollMs` old, so idle instances never write and never race the
 * committing instance for its fresh events. Runs are coalesced: one at a time per instance, and
 * a wake during a run makes it go round again. Each run claims, publishes and marks a batch in
 * one transaction, so a failed publish leaves the events in the outbox for the next try.
 */
export class OutboxRelay implements EventOutbox {
  private readonly limits: OutboxLimits;
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = false;
  private failing = false;
  private baseline = 0;
  private timers: NodeJS.Timeout[] = [];
  private unregisterBacklog: () => void = () => undefined;

  constructor(private readonly deps: OutboxRelayDeps) {
    this.limits = deps.limits ?? OUTBOX_LIMITS;
  }

  append(manager: EntityManager, workspaceId: string, events: readonly OutboxEventInput[]): Promise<void> {
    return new OutboxRepository(manager).append(workspaceId, events, this.deps.clock());
  }

  committed(): void {
    this.wake();
  }

  /** Publishes whatever an earlier process left unpublished, then polls and prunes (unless `timers` is false: tests drive it). */
  async start({ timers = true }: { timers?: boolean } = {}): Promise<void> {
    const { dataSource, bus } = this.deps;
    this.baseline = await new OutboxRepository(dataSource.manager).maxSequence();
    bus.onReconnect(() => void this.catchUp());
    this.unregisterBacklog = registerBacklogSource(() => new OutboxRepository(dataSource.manager).countUnpublished());
    if (timers) this.timers = [setInterval(() => void this.poll(), this.limits.pollMs), setInterval(() => void this.prune(), this.limits.pruneEveryMs)];
    this.timers.forEach((timer) => timer.unref());
    this.wake();
  }

  wake(): void {
    if (this.stopped) return;
    this.again = true;
    this.running ??= this.run();
  }

  /** Starts a run when the oldest unpublished event has waited a whole poll interval. */
  async poll(): Promise<void> {
    if (this.running || this.stopped) return;
    try {
      const oldest = await new OutboxRepository(this.deps.dataSource.manager).oldestUnpublished();
      if (oldest && this.deps.clock().getTime() - oldest.getTime() >= this.limits.pollMs) this.wake();
    } catch (error) {
      this.reportFailure(error);
    }
  }

  /** Resolves once everything committed before the call was handed to the bus (or a run failed). */
  async flush(): Promise<void> {
    this.wake();
    await this.running;
  }

  /** Resolves when no run is in progress (a commit's wake-up included); starts none. */
  async idle(): Promise<void> {
    await this.running;
  }

  /** Stops the timers and publishes what requests committed during shutdown. */
  async stop(): Promise<void> {
    this.timers.forEach(clearInterval);
    this.unregisterBacklog();
    await this.flush();
    this.stopped = true;
  }

  /**
   * After the bus reconnected, this instance's subscribers may have missed events published while
   * it was away: dispatch every event after the last one dispatched here (the hub drops repeats).
   * A workspace nothing was dispatched in yet starts from the newest sequence at boot.
   */
  async catchUp(): Promise<void> {
    try {
      for (const [workspaceId, last] of this.deps.bus.watermarks()) {
        let after = last ?? this.baseline;
        for (;;) {
          const rows = await this.deps.dataSource.transaction((manager) => new OutboxRepository(manager).after(workspaceId, after, this.limits.batchSize));
          rows.forEach((row) => this.deps.bus.dispatch(row));
          if (rows.length < this.limits.batchSize) break;
          after = rows[rows.length - 1]?.sequence ?? after;
        }
      }
    } catch (error) {
      this.deps.logger?.warn({ err: error }, 'catching up on events after a reconnect failed');
    }
  }

  private async run(): Promise<void> {
    try {
      while (this.again) {
        this.again = false;
        if (!(await this.drainAll())) return;
      }
    } finally {
      this.running = null;
    }
  }

  private async drainAll(): Promise<boolean> {
    try {
      while ((await this.drainOnce()) === this.limits.batchSize);
      if (this.failing) this.deps.logger?.info('outbox relay publishes again');
      this.failing = false;
      return true;
    } catch (error) {
      this.reportFailure(error);
      return false;
    }
  }

  private reportFailure(error: unknown): void {
    relayFailures.inc();
    // Once per outage, not once per poll.
    if (!this.failing) this.deps.logger?.warn({ err: error }, 'outbox relay could not publish; events stay in the outbox and are retried');
    this.failing = true;
  }

  private async drainOnce(): Promise<number> {
    const published = await this.deps.dataSource.transaction(async (manager) => {
      const claimed = await new OutboxRepository(manager).claimUnpublished(this.limits.batchSize, this.deps.clock());
      if (claimed.length > 0) await this.deps.bus.deliver(claimed);
      return claimed;
    });
    const now = Date.now();
    eventsPublished.inc(published.length);
    for (const event of published) eventDeliveryLag.observe({ stage: 'commit_to_publish' }, secondsSince(event.createdAt, now));
    return published.length;
  }

  /** Forgets published events older than the retention (runs every `pruneEveryMs`). */
  async prune(): Promise<void> {
    const before = new Date(this.deps.clock().getTime() - this.limits.retentionMs);
    await this.deps.dataSource.transaction((manager) => new OutboxRepository(manager).prune(before)).catch((error: unknown) => {
      this.deps.logger?.warn({ err: error }, 'pruning the outbox failed');
    });
  }
}
