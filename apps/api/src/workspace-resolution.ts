import type { DataSource } from 'typeorm';
import { WorkspaceEntity } from './modules/workspaces/workspace.entity';

// The oldest workspace never changes once it exists, so it is looked up once per database rather
// than with an extra query on every request.
const oldestByDataSource = new WeakMap<DataSource, Promise<string>>();

/**
 * Which workspace a request acts in. Until authentication arrives (issue 5), a client may name one
 * with the `X-Workspace-Id` header (or the `workspaceId` connection parameter on graphql-ws);
 * otherwise the oldest workspace is used, which on a fresh install is the demo one.
 */
export async function resolveWorkspaceId(dataSource: DataSource, requested: unknown): Promise<string> {
  if (typeof requested === 'string' && requested.trim() !== '') return requested.trim();
  let oldest = oldestByDataSource.get(dataSource);
  if (!oldest) {
    oldest = findOldestWorkspace(dataSource);
    oldestByDataSource.set(dataSource, oldest);
    // A failed lookup (no workspace yet, database down) must not be remembered.
    oldest.catch(() => oldestByDataSource.delete(dataSource));
  }
  return oldest;
}

async function findOldestWorkspace(dataSource: DataSource): Promise<string> {
  const [oldest] = await dataSource.manager.find(WorkspaceEntity, { order: { createdAt: 'ASC', id: 'ASC' }, take: 1 });
  if (!oldest) throw new Error('No workspace exists yet: start with SEED_DEMO=true or create one');
  return oldest.id;
}
