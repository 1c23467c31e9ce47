import { MIGRATIONS } from '../../db/migrations';
import { createTestApi, type TestApi } from '../../testing/test-api';
import { createEmptyTestDatabase, describeEachDatabase } from '../../testing/test-databases';
import { AuditEntryEntity } from '../audit/audit-entry.entity';
import { WorkspaceEntity } from '../workspaces/workspace.entity';
import { DestinationEntity } from './destination.entity';

const RENAME = `mutation ($input: RenameDestinationInput!) { renameDestination(input: $input) { destination { kind name version } } }`;

describeEachDatabase('destinations through the schema', (engine) => {
  let api: TestApi;

  beforeAll(async () => {
    api = await createTestApi(engine);
  });

  afterAll(async () => {
    await api.dispose();
  });

  describe('when listed', () => {
    it('shows the inbox and the help desk with the workspace’s names', async () => {
      const res = await api.execute<{ destinations: { kind: string; name: string }[] }>('{ destinations { kind name } }');

      expect(res.data?.destinations).toEqual([
        { kind: 'inbox', name: 'Aurora shared inbox' },
        { kind: 'helpDesk', name: 'Aurora help desk' },
      ]);
    });
  });

  describe('when renamed', () => {
    it('stores the new name, bumps the version and writes one audit row', async () => {
      const auditBefore = await api.db.dataSource.manager.count(AuditEntryEntity);

      const res = await api.execute(RENAME, { input: { kind: 'helpDesk', name: '  Tukipalvelu  ' } });

      expect(res.errors).toBeUndefined();
      expect(res.data).toEqual({ renameDestination: { destination: { kind: 'helpDesk', name: 'Tukipalvelu', version: 2 } } });
      expect(await api.db.dataSource.manager.count(AuditEntryEntity)).toBe(auditBefore + 1);
    });

    it('rejects a blank name with a path and changes nothing', async () => {
      const before = await api.db.dataSource.manager.find(DestinationEntity);

      const res = await api.execute(RENAME, { input: { kind: 'inbox', name: '   ' } });

      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION_FAILED', issues: [expect.objectContaining({ path: 'input.name' })] });
      expect(await api.db.dataSource.manager.find(DestinationEntity)).toEqual(before);
    });

    it('answers NOT_FOUND in a workspace that has no destinations', async () => {
      const res = await api.execute(RENAME, { input: { kind: 'inbox', name: 'X' } }, 'another-workspace');

      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', entity: 'destination' });
    });
  });

  describe('when the migration runs on a database with workspaces', () => {
    it('gives every existing workspace both destinations', async () => {
      const db = await createEmptyTestDatabase(engine);
      try {
        // Later migrations exist too: run everything before this one, then this one.
        const before = MIGRATIONS.findIndex((Migration) => Migration.name === 'Destinations1764000000000');
        const runner = db.dataSource.createQueryRunner();
        for (const Migration of MIGRATIONS.slice(0, before)) await new Migration().up(runner);
        await db.dataSource.manager.insert(WorkspaceEntity, { id: 'ws-old', name: 'Old', createdAt: new Date('2026-01-01T00:00:00.000Z') });

        await new (MIGRATIONS[before] as (typeof MIGRATIONS)[number])().up(runner);
        await runner.release();

        const rows = await db.dataSource.manager.find(DestinationEntity, { order: { kind: 'ASC' } });
        expect(rows.map((r) => ({ kind: r.kind, name: r.name, workspaceId: r.workspaceId }))).toEqual([
          { kind: 'helpDesk', name: 'Help desk', workspaceId: 'ws-old' },
          { kind: 'inbox', name: 'Inbox', workspaceId: 'ws-old' },
        ]);
      } finally {
        await db.dispose();
      }
    });
  });
});
