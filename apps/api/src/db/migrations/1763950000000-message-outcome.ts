import { type MigrationInterface, type QueryRunner, TableColumn } from 'typeorm';
import { textColumn } from './table-helpers';

/**
 * Visitor messages remember what their handoff flow decided, so a retry with the same
 * idempotency key can answer with the first result (fired triggers included) instead of
 * deciding again against a world that has since changed.
 */
export class MessageOutcome1763950000000 implements MigrationInterface {
  name = 'MessageOutcome1763950000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn('messages', new TableColumn(textColumn('outcome', { isNullable: true })));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('messages', 'outcome');
  }
}
