import { Authorized, Args, Ctx, Query, Resolver } from 'type-graphql';
import { ADMINS } from '../identity/roles';
import type { ApiContext } from '../../context';
import { toGraphQLError } from '../../graphql/errors';
import { encodeCursor } from '../../graphql/keyset-cursor';
import type { AuditEntryEntity } from './audit-entry.entity';
import { AuditEntryConnectionType, AuditEntryType } from './dtos/audit-entry.type';
import { AuditLogArgs } from './dtos/audit-log.args';

const toAuditEntryType = (row: AuditEntryEntity): AuditEntryType => ({
  id: row.id,
  actor: row.actor,
  entityType: row.entityType,
  entityId: row.entityId,
  action: row.action,
  before: row.before,
  after: row.after,
  createdAt: row.createdAt,
});

/** The configuration audit log. */
@Resolver(() => AuditEntryType)
export class AuditResolver {
  @Authorized(ADMINS)
  @Query(() => AuditEntryConnectionType, { description: 'Every configuration change, newest first.' })
  async auditLog(@Args() args: AuditLogArgs, @Ctx() ctx: ApiContext): Promise<AuditEntryConnectionType> {
    const result = await ctx.services.audit.page(ctx.workspaceId, args.first, args.after ?? null);
    if (!result.ok) throw toGraphQLError(result.error);
    const edges = result.value.rows.map((row) => ({ cursor: encodeCursor(row), node: toAuditEntryType(row) }));
    return { edges, pageInfo: { hasNextPage: result.value.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null } };
  }
}
