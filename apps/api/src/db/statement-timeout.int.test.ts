import type { DataSource } from 'typeorm';
import { createDataSource, DEFAULT_STATEMENT_TIMEOUT_MS } from './data-source';

const postgresUrl = process.env['DATABASE_URL'];

// PostgreSQL only: SQLite runs in-process and has no statement timeout (its busy timeout bounds
// waiting for a writer instead).
(postgresUrl ? describe : describe.skip)('the PostgreSQL statement timeout', () => {
  const open: DataSource[] = [];
  const connect = async (statementTimeoutMs?: number) => {
    const dataSource = await createDataSource({ kind: 'postgres', url: postgresUrl ?? '', ...(statementTimeoutMs === undefined ? {} : { statementTimeoutMs }) }).initialize();
    open.push(dataSource);
    return dataSource;
  };

  afterAll(async () => {
    await Promise.all(open.map((d) => d.destroy()));
  });

  describe('when DATABASE_STATEMENT_TIMEOUT_MS is not set', () => {
    it('applies the default to every connection', async () => {
      const dataSource = await connect();

      const [row] = (await dataSource.query('SHOW statement_timeout')) as { statement_timeout: string }[];

      expect(DEFAULT_STATEMENT_TIMEOUT_MS).toBe(5_000);
      expect(row?.statement_timeout).toBe('5s');
    });
  });

  describe('when a statement runs past the timeout', () => {
    it('is cancelled with SQLSTATE 57014 at the timeout, not when it would have finished', async () => {
      const dataSource = await connect(300);
      const startedAt = Date.now();

      const failure = await dataSource.query('SELECT pg_sleep(3)').then(
        () => null,
        (error: { driverError?: { code?: string }; message: string }) => error,
      );

      expect(failure?.driverError?.code).toBe('57014');
      expect(failure?.message).toMatch(/statement timeout/);
      expect(Date.now() - startedAt).toBeLessThan(2_000);
    });

    it('leaves the pooled connection usable for the next statement', async () => {
      const dataSource = await connect(300);
      await dataSource.query('SELECT pg_sleep(1)').catch(() => undefined);

      expect(await dataSource.query('SELECT 1 AS one')).toEqual([{ one: 1 }]);
    });
  });

  describe('when the timeout is 0', () => {
    it('sets none on the connection', async () => {
      const dataSource = await connect(0);

      const [row] = (await dataSource.query('SHOW statement_timeout')) as { statement_timeout: string }[];

      expect(row?.statement_timeout).toBe('0');
    });
  });
});
