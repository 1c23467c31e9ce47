import { createEmptyTestDatabase, describeEachDatabase, type TestDatabase } from '../../testing/test-databases';
import { ENTITIES } from '../entities';

async function tableNames(db: TestDatabase): Promise<string[]> {
  const runner = db.dataSource.createQueryRunner();
  try {
    const tables = await runner.getTables(db.dataSource.entityMetadatas.map((m) => m.tableName));
    return tables.map((t) => t.name.split('.').pop() as string).sort();
  } finally {
    await runner.release();
  }
}

describeEachDatabase('migrations', (engine) => {
  let db: TestDatabase;

  beforeEach(async () => {
    db = await createEmptyTestDatabase(engine);
  });

  afterEach(async () => {
    await db.dispose();
  });

  describe('when run up, down and up again', () => {
    it('creates every entity table, removes them all, then recreates them', async () => {
      const expected = ENTITIES.map((e) => db.dataSource.getMetadata(e).tableName).sort();

      await db.dataSource.runMigrations({ transaction: 'each' });
      const afterUp = await tableNames(db);
      for (let i = 0; i < db.dataSource.migrations.length; i++) await db.dataSource.undoLastMigration({ transaction: 'each' });
      const afterDown = await tableNames(db);
      await db.dataSource.runMigrations({ transaction: 'each' });
      const afterSecondUp = await tableNames(db);

      expect(afterUp).toEqual(expected);
      expect(afterDown).toEqual([]);
      expect(afterSecondUp).toEqual(expected);
    });
  });

  describe('when the schema is migrated', () => {
    it('matches the entities exactly, so no change is pending', async () => {
      await db.dataSource.runMigrations({ transaction: 'each' });

      const pending = await db.dataSource.driver.createSchemaBuilder().log();

      expect(pending.upQueries.map((q) => q.query)).toEqual([]);
    });
  });
});
