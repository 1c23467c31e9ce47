import { err, issue, ok } from '@handoff/domain';
import type { DataSource } from 'typeorm';
import { invalid, notFound, type ServiceResult } from '../../shared/service-result';
import { runAuditedChange, type AuditedChangeDeps } from '../audit/audited-change';
import type { DestinationEntity } from './destination.entity';
import { DestinationRepository } from './destination.repository';

const MAX_NAME = 200;

/** The inbox and the help desk: listing them, and renaming them for the admin's own words. */
export class DestinationsService {
  constructor(private readonly deps: AuditedChangeDeps & { readonly dataSource: DataSource }) {}

  list(workspaceId: string): Promise<DestinationEntity[]> {
    return new DestinationRepository(this.deps.dataSource.manager).list(workspaceId);
  }

  rename(scope: { workspaceId: string; actor: string }, kind: string, name: string): Promise<ServiceResult<DestinationEntity>> {
    const trimmed = name.trim();
    if (trimmed === '' || trimmed.length > MAX_NAME) {
      return Promise.resolve(err(invalid([issue('INVALID_VALUE', 'input.name', `A name must be 1–${MAX_NAME} characters and not blank`)])));
    }
    return runAuditedChange(this.deps, scope, async (manager) => {
      const destinations = new DestinationRepository(manager);
      const before = await destinations.find(scope.workspaceId, kind);
      if (!before) return err(notFound('destination', kind, 'input.kind'));
      await destinations.rename(scope.workspaceId, kind, trimmed);
      const after = { ...before, name: trimmed, version: before.version + 1 };
      return ok({
        value: after,
        audit: { entityType: 'destination', entityId: kind, action: 'rename', before: { name: before.name }, after: { name: trimmed } },
        version: after.version,
      });
    });
  }
}
