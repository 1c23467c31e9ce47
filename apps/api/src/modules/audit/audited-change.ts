import { err, ok } from '@handoff/domain';
import type { DataSource, EntityManager } from 'typeorm';
import type { PubSub } from 'type-graphql';
import type { ServiceFailure } from '../../graphql/errors';
import type { Clock, IdGenerator } from '../../shared/clock';
import type { ServiceResult } from '../../shared/service-result';
import { publishConfigurationChange, type ConfigurationChange } from '../policies/configuration-events';
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
  readonly pubSub: PubSub;
  readonly clock: Clock;
  readonly ids: IdGenerator;
}

class Rollback extends Error {
  constructor(readonly failure: ServiceFailure) {
    super('rolled back');
  }
}

/**
 * Runs a configuration change in one transaction with exactly one audit row. A failure (invalid,
 * not found, a lost compare-and-set) rolls the transaction back, so it leaves no row and no
 * audit entry behind. The event is published only after the commit.
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
      return result.value;
    });
  } catch (error) {
    if (error instanceof Rollback) return err(error.failure);
    throw error;
  }
  const { entityType, entityId, action } = outcome.audit;
  publishConfigurationChange(deps.pubSub, scope.workspaceId, { entityType, entityId, action, version: outcome.version, actor: scope.actor });
  return ok(outcome.value);
}
