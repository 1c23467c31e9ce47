import { createTestDatabase, describeEachDatabase, type TestDatabase } from './testing/test-databases';
import { WorkspaceEntity } from './modules/workspaces/workspace.entity';
import { resolveWorkspaceId } from './workspace-resolution';

describeEachDatabase('resolveWorkspaceId', (engine) => {
  let db: TestDatabase;

  beforeEach(async () => {
    db = await createTestDatabase(engine);
  });

  afterEach(async () => {
    await db.dispose();
  });

  describe('when the client names a workspace', () => {
    it('uses it as given, trimmed', async () => {
      await expect(resolveWorkspaceId(db.dataSource, '  ws-b ')).resolves.toBe('ws-b');
    });
  });

  describe('when the client names none', () => {
    it('refuses while no workspace exists, then finds the oldest once it does', async () => {
      await expect(resolveWorkspaceId(db.dataSource, undefined)).rejects.toThrow(/No workspace exists yet/);

      await db.dataSource.manager.insert(WorkspaceEntity, [
        { id: 'ws-new', name: 'New', createdAt: new Date('2026-02-01T00:00:00.000Z') },
        { id: 'ws-old', name: 'Old', createdAt: new Date('2026-01-01T00:00:00.000Z') },
      ]);

      await expect(resolveWorkspaceId(db.dataSource, '')).resolves.toBe('ws-old');
    });

    it('asks the database only once', async () => {
      await db.dataSource.manager.insert(WorkspaceEntity, { id: 'ws-1', name: 'One', createdAt: new Date('2026-01-01T00:00:00.000Z') });
      const find = jest.spyOn(db.dataSource.manager, 'find');

      await resolveWorkspaceId(db.dataSource, undefined);
      await resolveWorkspaceId(db.dataSource, undefined);

      expect(find).toHaveBeenCalledTimes(1);
    });
  });
});
