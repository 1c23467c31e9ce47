import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';
import {
  foreignKey,
  idColumn,
  index,
  intColumn,
  stringColumn,
  textColumn,
  timestampColumn,
  workspaceForeignKey,
} from './table-helpers';

const workspaceId = idColumn('workspace_id');

const TABLES: Table[] = [
  new Table({
    name: 'workspaces',
    columns: [idColumn('id', { isPrimary: true }), stringColumn('name', 200), timestampColumn('created_at')],
  }),
  new Table({
    name: 'users',
    columns: [
      idColumn('id', { isPrimary: true }),
      workspaceId,
      stringColumn('name', 200),
      stringColumn('email', 320),
      stringColumn('role', 16),
      stringColumn('status', 16),
      textColumn('working_hours', { isNullable: true }),
      intColumn('capacity'),
      timestampColumn('created_at'),
    ],
    indices: [index('ux_users_workspace_email', ['workspace_id', 'email'], true)],
    foreignKeys: [workspaceForeignKey()],
  }),
  new Table({
    name: 'teams',
    columns: [idColumn('id', { isPrimary: true }), workspaceId, stringColumn('name', 200), timestampColumn('created_at')],
    indices: [index('ux_teams_workspace_name', ['workspace_id', 'name'], true)],
    foreignKeys: [workspaceForeignKey()],
  }),
  new Table({
    name: 'team_members',
    columns: [idColumn('team_id', { isPrimary: true }), idColumn('user_id', { isPrimary: true }), workspaceId, intColumn('position')],
    indices: [index('ix_team_members_workspace_user', ['workspace_id', 'user_id'])],
    foreignKeys: [workspaceForeignKey(), foreignKey('team_id', 'teams'), foreignKey('user_id', 'users')],
  }),
  new Table({
    name: 'round_robin_cursors',
    columns: [idColumn('workspace_id', { isPrimary: true }), stringColumn('pool_key', 200, { isPrimary: true }), idColumn('user_id')],
    foreignKeys: [workspaceForeignKey()],
  }),
  new Table({
    name: 'handoff_policies',
    columns: [
      idColumn('workspace_id', { isPrimary: true }),
      intColumn('version'),
      textColumn('document'),
      timestampColumn('updated_at'),
      stringColumn('updated_by', 200),
    ],
    foreignKeys: [workspaceForeignKey()],
  }),
  new Table({
    name: 'rule_sets',
    columns: [
      idColumn('id', { isPrimary: true }),
      workspaceId,
      stringColumn('name', 200),
      textColumn('draft'),
      intColumn('draft_version'),
      intColumn('published_version', { isNullable: true }),
      timestampColumn('created_at'),
      timestampColumn('updated_at'),
    ],
    indices: [index('ux_rule_sets_workspace_name', ['workspace_id', 'name'], true)],
    foreignKeys: [workspaceForeignKey()],
  }),
  new Table({
    name: 'rule_set_versions',
    columns: [
      idColumn('id', { isPrimary: true }),
      workspaceId,
      idColumn('rule_set_id'),
      intColumn('version'),
      textColumn('document'),
      timestampColumn('published_at'),
      stringColumn('published_by', 200),
    ],
    indices: [index('ux_rule_set_versions_set_version', ['rule_set_id', 'version'], true)],
    foreignKeys: [workspaceForeignKey(), foreignKey('rule_set_id', 'rule_sets')],
  }),
  new Table({
    name: 'conversations',
    columns: [
      idColumn('id', { isPrimary: true }),
      workspaceId,
      stringColumn('channel', 32),
      stringColumn('channel_name', 200, { isNullable: true }),
      stringColumn('language', 35, { isNullable: true }),
      stringColumn('status', 16),
      textColumn('contact'),
      idColumn('assignee_id', { isNullable: true }),
      idColumn('team_id', { isNullable: true }),
      timestampColumn('created_at'),
      timestampColumn('updated_at'),
    ],
    indices: [index('ix_conversations_workspace_status', ['workspace_id', 'status', 'updated_at'])],
    foreignKeys: [workspaceForeignKey()],
  }),
  new Table({
    name: 'messages',
    columns: [
      idColumn('id', { isPrimary: true }),
      workspaceId,
      idColumn('conversation_id'),
      stringColumn('author', 16),
      textColumn('text'),
      stringColumn('idempotency_key', 200, { isNullable: true }),
      timestampColumn('created_at'),
    ],
    indices: [
      index('ix_messages_conversation', ['workspace_id', 'conversation_id', 'created_at']),
      index('ux_messages_idempotency', ['workspace_id', 'idempotency_key'], true),
    ],
    foreignKeys: [workspaceForeignKey(), foreignKey('conversation_id', 'conversations')],
  }),
  new Table({
    name: 'tickets',
    columns: [
      idColumn('id', { isPrimary: true }),
      workspaceId,
      stringColumn('subject', 500),
      textColumn('description'),
      stringColumn('priority', 16),
      stringColumn('status', 16),
      textColumn('tags'),
      stringColumn('source_channel', 32),
      stringColumn('destination', 16),
      textColumn('custom'),
      idColumn('owner_id', { isNullable: true }),
      idColumn('team_id', { isNullable: true }),
      idColumn('conversation_id', { isNullable: true }),
      stringColumn('idempotency_key', 200, { isNullable: true }),
      timestampColumn('created_at'),
      timestampColumn('updated_at'),
    ],
    indices: [
      index('ix_tickets_workspace_created', ['workspace_id', 'created_at', 'id']),
      index('ix_tickets_workspace_status', ['workspace_id', 'status']),
      index('ix_tickets_workspace_owner', ['workspace_id', 'owner_id']),
      index('ix_tickets_workspace_team', ['workspace_id', 'team_id']),
      index('ux_tickets_idempotency', ['workspace_id', 'idempotency_key'], true),
    ],
    foreignKeys: [workspaceForeignKey(), foreignKey('conversation_id', 'conversations', 'SET NULL')],
  }),
  new Table({
    name: 'assignments',
    columns: [
      idColumn('id', { isPrimary: true }),
      workspaceId,
      idColumn('ticket_id'),
      idColumn('user_id', { isNullable: true }),
      idColumn('team_id', { isNullable: true }),
      stringColumn('method', 16),
      stringColumn('reason', 500),
      stringColumn('actor', 200, { isNullable: true }),
      timestampColumn('created_at'),
    ],
    indices: [index('ix_assignments_ticket', ['workspace_id', 'ticket_id', 'created_at'])],
    foreignKeys: [workspaceForeignKey(), foreignKey('ticket_id', 'tickets')],
  }),
  new Table({
    name: 'audit_log',
    columns: [
      idColumn('id', { isPrimary: true }),
      workspaceId,
      stringColumn('actor', 200),
      stringColumn('entity_type', 32),
      stringColumn('entity_id', 64),
      stringColumn('action', 32),
      textColumn('before', { isNullable: true }),
      textColumn('after', { isNullable: true }),
      timestampColumn('created_at'),
    ],
    indices: [index('ix_audit_log_workspace_created', ['workspace_id', 'created_at', 'id'])],
    foreignKeys: [workspaceForeignKey()],
  }),
];

/** The first schema: workspaces, people, configuration, conversations, tickets, history and audit. */
export class InitialSchema1763900000000 implements MigrationInterface {
  name = 'InitialSchema1763900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of TABLES) await queryRunner.createTable(table, false, true, true);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [...TABLES].reverse()) await queryRunner.dropTable(table.name, false, true, true);
  }
}
