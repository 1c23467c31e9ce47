import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';

/**
 * A digest of every row of every table the entities map, in a fixed order: equal digests before
 * and after an operation mean it changed nothing in the database. Also returns the row counts, so
 * a failure can say which table moved.
 */
export async function tableDigest(dataSource: DataSource): Promise<{ digest: string; counts: Record<string, number> }> {
  const hash = createHash('sha256');
  const counts: Record<string, number> = {};
  const tables = [...dataSource.entityMetadatas].sort((a, b) => a.tableName.localeCompare(b.tableName));
  for (const meta of tables) {
    const rows = (await dataSource.manager.find(meta.target)).map((row) => JSON.stringify(row)).sort();
    counts[meta.tableName] = rows.length;
    hash.update(`${meta.tableName}\n${rows.join('\n')}\n`);
  }
  return { digest: hash.digest('hex'), counts };
}
