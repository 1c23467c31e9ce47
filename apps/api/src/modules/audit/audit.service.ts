import { ok } from '@handoff/domain';
import type { DataSource } from 'typeorm';
import { decodeAfter, type Page } from '../../graphql/keyset-cursor';
import type { ServiceResult } from '../../shared/service-result';
import type { AuditEntryEntity } from './audit-entry.entity';
import { AuditRepository } from './audit.repository';

/** Reading the audit log; writers append through `runAuditedChange` inside their own transaction. */
export class AuditService {
  constructor(private readonly dataSource: DataSource) {}

  /** Newest first. One extra row is read to learn whether another page follows. */
  async page(workspaceId: string, first: number, after: string | null): Promise<ServiceResult<Page<AuditEntryEntity>>> {
    const position = decodeAfter(after);
    if (!position.ok) return position;
    const rows = await new AuditRepository(this.dataSource.manager).page(workspaceId, first + 1, position.value ?? undefined);
    return ok({ rows: rows.slice(0, first), hasNextPage: rows.length > first });
  }
}
