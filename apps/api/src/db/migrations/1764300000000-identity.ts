import { type MigrationInterface, type QueryRunner, Table, TableColumn } from 'typeorm';
import { foreignKey, idColumn, index, stringColumn, timestampColumn, workspaceForeignKey } from './table-helpers';

/**
 * Sign-in and API keys: people get a password hash (argon2id, null until one is set), sessions
 * keep their refresh tokens (hashed, used once) and client apps their API keys (hashed, revocable).
 */
export class Identity1764300000000 implements MigrationInterface {
  name = 'Identity1764300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn('users', new TableColumn(stringColumn('password_hash', 200, { isNullable: true })));
    // Sign-in looks a person up by email before it knows the workspace.
    await queryRunner.createIndex('users', index('ix_users_email', ['email']));
    await queryRunner.createTable(
      new Table({
        name: 'refresh_tokens',
        columns: [
          idColumn('id', { isPrimary: true }),
          idColumn('workspace_id'),
          idColumn('user_id'),
          stringColumn('token_hash', 64),
          timestampColumn('created_at'),
          timestampColumn('expires_at'),
          timestampColumn('revoked_at', { isNullable: true }),
        ],
        indices: [index('ux_refresh_tokens_token_hash', ['token_hash'], true), index('ix_refresh_tokens_user', ['workspace_id', 'user_id'])],
        foreignKeys: [workspaceForeignKey(), foreignKey('user_id', 'users')],
      }),
      false,
      true,
      true,
    );
    await queryRunner.createTable(
      new Table({
        name: 'api_keys',
        columns: [
          idColumn('id', { isPrimary: true }),
          idColumn('workspace_id'),
          stringColumn('name', 200),
          stringColumn('role', 16),
          stringColumn('prefix', 32),
          stringColumn('key_hash', 64),
          stringColumn('created_by', 200),
          timestampColumn('created_at'),
          timestampColumn('revoked_at', { isNullable: true }),
        ],
        indices: [index('ux_api_keys_key_hash', ['key_hash'], true), index('ix_api_keys_workspace', ['workspace_id'])],
        foreignKeys: [workspaceForeignKey()],
      }),
      false,
      true,
      true,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('api_keys', false, true, true);
    await queryRunner.dropTable('refresh_tokens', false, true, true);
    await queryRunner.dropIndex('users', 'ix_users_email');
    await queryRunner.dropColumn('users', 'password_hash');
  }
}
