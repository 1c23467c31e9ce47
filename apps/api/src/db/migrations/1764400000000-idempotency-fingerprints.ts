import { type MigrationInterface, type QueryRunner, TableColumn } from 'typeorm';
import { stringColumn } from './table-helpers';

/**
 * Idempotent writes (tickets, visitor messages) remember a fingerprint of the request next to its
 * key, so a retry replays the first result while the same key sent with a different request is
 * refused (IDEMPOTENCY_KEY_REUSED). Rows written before this have none and replay as before.
 */
export class IdempotencyFingerprints1764400000000 implements MigrationInterface {
  name = 'IdempotencyFingerprints1764400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of TABLES) await queryRunner.addColumn(table, new TableColumn(stringColumn('idempotency_fingerprint', 64, { isNullable: true })));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of TABLES) await queryRunner.dropColumn(table, 'idempotency_fingerprint');
  }
}

const TABLES = ['tickets', 'messages'] as const;
