import type { Authenticator } from './modules/identity/authenticator';
import type { Principal } from './modules/identity/principal';
import { UserEntity } from './modules/people/user.entity';
import { WorkspaceEntity } from './modules/workspaces/workspace.entity';
import { createTestDatabase, describeEachDatabase, type TestDatabase } from './testing/test-databases';
import { localAdminPrincipal, resolvePrincipal } from './workspace-resolution';

const alice: Principal = { kind: 'session', label: 'alice@a.test', userId: 'u-a', workspaceId: 'ws-a', role: 'admin', expiresAt: new Date('2030-01-01T00:00:00.000Z') };
const authenticator = { authenticate: async (credential: string) => (credential === 'good' ? alice : null) } as unknown as Authenticator;
const resolve = (credential: string | null, requestedWorkspace?: unknown) => resolvePrincipal({ credential, requestedWorkspace, authenticator, anonymous: async () => null });

describe('resolvePrincipal', () => {
  describe('when the credential proves a principal', () => {
    it('acts as it, in its workspace', async () => {
      await expect(resolve('good')).resolves.toBe(alice);
      await expect(resolve('good', ' ws-a ')).resolves.toBe(alice);
    });

    it('refuses a request naming another workspace', async () => {
      // 403, not 500: the refusal fails the whole request before any resolver runs.
      await expect(resolve('good', 'ws-b')).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN', http: { status: 403 } } });
    });
  });

  describe('when the credential proves nothing', () => {
    it('refuses it as UNAUTHENTICATED (401) instead of treating it as anonymous', async () => {
      await expect(resolve('forged')).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
    });
  });

  describe('when there is no credential', () => {
    it('has no principal, and a named workspace is refused rather than trusted', async () => {
      await expect(resolve(null)).resolves.toBeNull();
      await expect(resolve(null, 'ws-a')).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    });
  });
});

describeEachDatabase('localAdminPrincipal', (engine) => {
  let db: TestDatabase;

  beforeEach(async () => {
    db = await createTestDatabase(engine);
  });

  afterEach(async () => {
    await db.dispose();
  });

  it('refuses while no workspace exists, then acts as the oldest workspace’s first admin', async () => {
    const now = new Date('2026-03-01T00:00:00.000Z');
    await expect(localAdminPrincipal(db.dataSource, now)).rejects.toThrow(/No workspace exists yet/);
    await db.dataSource.manager.insert(WorkspaceEntity, [
      { id: 'ws-new', name: 'New', createdAt: new Date('2026-02-01T00:00:00.000Z') },
      { id: 'ws-old', name: 'Old', createdAt: new Date('2026-01-01T00:00:00.000Z') },
    ]);
    const person = (id: string, workspaceId: string, role: string) => ({ id, workspaceId, name: id, email: `${id}@x.test`, role, status: 'online', capacity: 1, workingHours: null, createdAt: now });
    await db.dataSource.manager.insert(UserEntity, [person('agent-old', 'ws-old', 'agent'), person('admin-new', 'ws-new', 'admin'), person('admin-old', 'ws-old', 'admin')]);

    const principal = await localAdminPrincipal(db.dataSource, now);

    expect(principal).toMatchObject({ kind: 'session', userId: 'admin-old', workspaceId: 'ws-old', role: 'admin' });
  });
});
