import { WorkspaceEntity } from '../modules/workspaces/workspace.entity';
import { createTestDatabase, type TestDatabase } from '../testing/test-databases';

describe('serializeTransactions on SQLite', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase('sqlite');
  });

  afterAll(async () => {
    await db.dispose();
  });

  describe('when transactions start concurrently on the one connection', () => {
    it('runs each to completion, and a failing one rolls back only itself', async () => {
      const work = Array.from({ length: 6 }, (_, i) =>
        db.dataSource.transaction(async (manager) => {
          await manager.insert(WorkspaceEntity, { id: `ws-${i}`, name: `w${i}`, createdAt: new Date() });
          await new Promise((resolve) => setTimeout(resolve, 2));
          if (i === 3) throw new Error('boom');
        }),
      );

      const results = await Promise.allSettled(work);

      expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
      expect((await db.dataSource.manager.find(WorkspaceEntity)).map((w) => w.id).sort()).toEqual(['ws-0', 'ws-1', 'ws-2', 'ws-4', 'ws-5']);
    });
  });

  describe('when a transaction is started inside another one', () => {
    it('fails the inner one after the wait limit instead of hanging, and the outer one rolls back', async () => {
      const quick = await createTestDatabase('sqlite', { transactionWaitMs: 150 });
      try {
        const outer = quick.dataSource.transaction(async (manager) => {
          await manager.insert(WorkspaceEntity, { id: 'ws-outer', name: 'outer', createdAt: new Date() });
          await quick.dataSource.transaction(async () => undefined);
        });

        await expect(outer).rejects.toThrow(/use the EntityManager the outer transaction gave you/);
        expect(await quick.dataSource.manager.findOneBy(WorkspaceEntity, { id: 'ws-outer' })).toBeNull();
      } finally {
        await quick.dispose();
      }
    });
  });

  describe('when a transaction holds the database past the wait limit', () => {
    it('refuses the one waiting behind it with a busy error, lets the holder commit, and serves the next', async () => {
      const quick = await createTestDatabase('sqlite', { transactionWaitMs: 150 });
      try {
        const holder = quick.dataSource.transaction(async (manager) => {
          await manager.insert(WorkspaceEntity, { id: 'ws-slow', name: 'slow', createdAt: new Date() });
          await new Promise((resolve) => setTimeout(resolve, 400));
        });
        const waiter = quick.dataSource.transaction((manager) => manager.insert(WorkspaceEntity, { id: 'ws-waiter', name: 'waiter', createdAt: new Date() }));

        await expect(waiter).rejects.toMatchObject({ code: 'SQLITE_BUSY' });
        await holder;
        await quick.dataSource.transaction((manager) => manager.insert(WorkspaceEntity, { id: 'ws-next', name: 'next', createdAt: new Date() }));
        expect((await quick.dataSource.manager.find(WorkspaceEntity)).map((w) => w.id).sort()).toEqual(['ws-next', 'ws-slow']);
      } finally {
        await quick.dispose();
      }
    });
  });
});
