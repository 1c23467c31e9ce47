import type { DataSource } from 'typeorm';
import { WorkspaceEntity } from './modules/workspaces/workspace.entity';

/**
 * Which workspace a request acts in. Until authentication arrives (issue 5), a client may name one
 * with the `X-Workspace-Id` header (or the `workspaceId` connection parameter on graphql-ws);
 * otherwise the oldest workspace is used, which on a fresh install is the demo one.
 */
export async function resolveWorkspaceId(dataSource: DataSource, requested: unknown): Promise<string> {
  if (typeof requested === 'string' && requested.trim() !== '') return requested.trim();
  const [oldest] = await dataSource.manager.find(WorkspaceEntity, { order: { createdAt: 'ASC', id: 'ASC' }, take: 1 });
  if (!oldest) throw new Error('No workspace exists yet: start with SEED_DEMO=true or create one');
  return oldest.id;
}
