import { AuditEntryEntity } from '../audit/audit-entry.entity';
import { createTestApi, type TestApi } from '../../testing/test-api';
import { describeEachDatabase } from '../../testing/test-databases';
import { UserEntity } from './user.entity';

describeEachDatabase('people through the schema', (engine) => {
  let api: TestApi;

  beforeAll(async () => {
    api = await createTestApi(engine);
  });

  afterAll(async () => {
    await api.dispose();
  });

  describe('when listing teams', () => {
    it('returns each team with its members in round-robin order', async () => {
      const res = await api.execute<{ teams: { name: string; members: { name: string }[] }[] }>('{ teams { name members { name } } }');
      expect(res.errors).toBeUndefined();
      expect(res.data?.teams.find((t) => t.name === 'Billing')?.members.map((m) => m.name)).toEqual(['Mikko Korhonen', 'Priya Nair', 'Olga Ivanova']);
    });
  });

  describe('when asking who is available', () => {
    it('explains why each unavailable person cannot take work', async () => {
      const res = await api.execute<{ availability: { user: { name: string }; available: boolean; reason: string | null }[] }>(
        '{ availability { user { name } available reason } }',
      );
      const byName = new Map(res.data?.availability.map((a) => [a.user.name, a]));
      expect(byName.get('Mikko Korhonen')).toMatchObject({ available: true, reason: null });
      expect(byName.get('Sara Lindqvist')).toMatchObject({ available: false, reason: 'away' });
      expect(byName.get('Olga Ivanova')).toMatchObject({ available: false, reason: 'offline' });
      expect(byName.get('Jamal Carter')).toMatchObject({ available: false, reason: 'outsideHours' });
    });
  });

  describe('when an agent changes availability', () => {
    const mutation = `mutation ($input: SetUserAvailabilityInput!) { setUserAvailability(input: $input) { user { id status capacity } } }`;

    it('stores it and writes one audit row', async () => {
      const sara = await api.db.dataSource.manager.findOneByOrFail(UserEntity, { email: 'sara@demo.handoff.dev' });
      const auditBefore = await api.db.dataSource.manager.count(AuditEntryEntity);

      const res = await api.execute(mutation, { input: { userId: sara.id, status: 'online', capacity: 7 } });

      expect(res.errors).toBeUndefined();
      expect(res.data).toEqual({ setUserAvailability: { user: { id: sara.id, status: 'online', capacity: 7 } } });
      expect(await api.db.dataSource.manager.count(AuditEntryEntity)).toBe(auditBefore + 1);
    });

    it('rejects an unknown time zone with a coded issue and changes nothing', async () => {
      const mikko = await api.db.dataSource.manager.findOneByOrFail(UserEntity, { email: 'mikko@demo.handoff.dev' });

      const res = await api.execute(mutation, {
        input: { userId: mikko.id, workingHours: { timeZone: 'Mars/Olympus_Mons', intervals: [{ day: 'mon', start: '08:00', end: '16:00' }] } },
      });

      expect(res.errors?.[0]?.extensions).toMatchObject({
        code: 'VALIDATION_FAILED',
        issues: [expect.objectContaining({ code: 'INVALID_TIME_ZONE', path: 'input.workingHours.timeZone' })],
      });
      expect(await api.db.dataSource.manager.findOneByOrFail(UserEntity, { id: mikko.id })).toEqual(mikko);
    });

    it('answers NOT_FOUND for a user of another workspace', async () => {
      const res = await api.execute(mutation, { input: { userId: 'no-such-user', status: 'online' } });
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', entity: 'user' });
    });
  });
});
