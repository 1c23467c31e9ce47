import type { DataSource } from 'typeorm';
import { unauthenticated, wrongWorkspace } from './modules/identity/auth-errors';
import type { Authenticator } from './modules/identity/authenticator';
import type { Principal } from './modules/identity/principal';
import { UserEntity } from './modules/people/user.entity';
import { WorkspaceEntity } from './modules/workspaces/workspace.entity';

/**
 * Who a request acts as, and so in which workspace: only its credentials decide. A credential
 * that proves nothing is refused (UNAUTHENTICATED, 401) rather than treated as anonymous, and a
 * client naming a workspace (`X-Workspace-Id`, or `workspaceId` on graphql-ws) other than its
 * principal's is refused (FORBIDDEN) instead of being trusted.
 */
export async function resolvePrincipal(input: {
  credential: string | null;
  requestedWorkspace: unknown;
  authenticator: Pick<Authenticator, 'authenticate'>;
  anonymous: () => Promise<Principal | null>;
}): Promise<Principal | null> {
  const principal = input.credential ? await input.authenticator.authenticate(input.credential) : await input.anonymous();
  if (input.credential && !principal) throw unauthenticated('The credentials are invalid, expired or revoked');
  const requested = typeof input.requestedWorkspace === 'string' ? input.requestedWorkspace.trim() : '';
  if (requested !== '' && requested !== principal?.workspaceId) throw wrongWorkspace();
  return principal;
}

// The demo admin never changes once it exists, so it is looked up once per database.
const localAdminByDataSource = new WeakMap<DataSource, Promise<UserEntity>>();

/**
 * AUTH_REQUIRED=false only: requests without credentials act as the oldest workspace's first
 * admin (on a fresh install, the demo admin), so a local demo works before signing in.
 */
export async function localAdminPrincipal(dataSource: DataSource, now: Date): Promise<Principal> {
  let admin = localAdminByDataSource.get(dataSource);
  if (!admin) {
    admin = findLocalAdmin(dataSource);
    localAdminByDataSource.set(dataSource, admin);
    // A failed lookup (no workspace yet, database down) must not be remembered.
    admin.catch(() => localAdminByDataSource.delete(dataSource));
  }
  const user = await admin;
  return { kind: 'session', label: user.email, userId: user.id, workspaceId: user.workspaceId, role: 'admin', expiresAt: new Date(now.getTime() + 15 * 60_000) };
}

async function findLocalAdmin(dataSource: DataSource): Promise<UserEntity> {
  const [oldest] = await dataSource.manager.find(WorkspaceEntity, { order: { createdAt: 'ASC', id: 'ASC' }, take: 1 });
  if (!oldest) throw new Error('No workspace exists yet: start with SEED_DEMO=true or create one');
  const [admin] = await dataSource.manager.find(UserEntity, { where: { workspaceId: oldest.id, role: 'admin' }, order: { createdAt: 'ASC', id: 'ASC' }, take: 1 });
  if (!admin) throw new Error('The oldest workspace has no admin to act as');
  return admin;
}
