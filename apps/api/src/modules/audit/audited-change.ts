import { err, ok } from '@handoff/domain';
import type { DataSource, EntityManager } from 'typeorm';
import type { ServiceFailure } from '../../graphql/errors';
import type { Clock, IdGenerator } from '../../shared/clock';
import type { ServiceResult } from '../../shared/service-result';
import type { EventOutbox } from '../outbox/outbox-relay';
import { configurationOutboxEvent, type ConfigurationChange } from '../policies/configuration-events';
import { AuditRepository, type AuditRecord } from './audit.repository';

/** What a configuration write did: its result, the audit row to append, and the event to announce. */
export interface AuditedOutcome<T> {
  readonly value: T;
  readonly audit: Pick<AuditRecord, 'entityType' | 'entityId' | 'action' | 'before' | 'after'> & { entityType: ConfigurationChange['entityType'] };
  readonly version: number;
}

/** Everything an audited configuration write needs. */
export interface AuditedChangeDeps {
  readonly dataSource: DataSource;
  readonly outbox: EventOutbox;
  readonly clock: Clock;
  readonly ids: IdGenerator;
}

class Rollback extends Error {
  constructor(readonly failure: ServiceFailure) {
    super('rolled back');
  }
}

/**
 * Runs a configuration change in one transaction with exactly one audit row and its event in the
 * outbox. A failure (invalid, not found, a lost compare-and-set) rolls the transaction back, so
 * it leaves no row, no audit entry and no event behind. The relay publishes after the commit.
 */
export async function runAuditedChange<T>(
  deps: AuditedChangeDeps,
  scope: { workspaceId: string; actor: string },
  work: (manager: EntityManager, now: Date) => Promise<ServiceResult<AuditedOutcome<T>>>,
): Promise<ServiceResult<T>> {
  let outcome: AuditedOutcome<T>;
  try {
    outcome = await deps.dataSource.transaction(async (manager) => {
      const now = deps.clock();
      const result = await work(manager, now);
      if (!result.ok) throw new Rollback(result.error);
      await new AuditRepository(manager).append({ ...result.value.audit, workspaceId: scope.workspaceId, actor: scope.actor }, deps.ids(), now);
      const { entityType, entityId, action } = result.value.audit;
      const change = { entityType, entityId, action, version: result.value.version, actor: scope.actor };
      await deps.outbox.append(manager, scope.workspaceId, [configurationOutboxEvent(change)]);
      return result.value;
    });
  } catch (error) {
    if (error instanceof Rollback) return err(error.failure);
    throw error;
  }
  deps.outbox.committed();
  return ok(outcome.value);
}
