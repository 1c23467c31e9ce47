import Database from 'better-sqlite3';

/** The rows the baseline serves, shaped as the GraphQL answer. */
export interface BaselineTeam {
  readonly id: string;
  readonly name: string;
  members: { readonly id: string; readonly name: string }[];
}
export interface BaselineUser {
  readonly id: string;
  readonly name: string;
  readonly email: string;
  teams: BaselineTeam[];
}
export interface BaselineTicket {
  readonly id: string;
  readonly subject: string;
  readonly status: string;
  readonly priority: string;
  readonly tags: string[];
  readonly createdAt: string;
  owner: BaselineUser | null;
  team: BaselineTeam | null;
}

interface TicketRow {
  id: string;
  subject: string;
  status: string;
  priority: string;
  tags: string;
  created_at: string;
  owner_id: string | null;
  team_id: string | null;
}

const placeholders = (n: number): string => Array.from({ length: n }, () => '?').join(', ');
const unique = (values: readonly (string | null)[]): string[] => [...new Set(values.filter((v): v is string => v !== null))];

/**
 * What a careful developer writes by hand with better-sqlite3 for this one screen: five batched
 * statements per request whatever the page size (tickets, their owners, the owners' team
 * memberships, every team named, and those teams' members), no ORM, no loaders.
 */
export class BaselineStore {
  private readonly db: Database.Database;
  private readonly workspaceId: string;
  /** Statements run since the store opened, to report the baseline's count next to ours. */
  statements = 0;

  constructor(path: string) {
    this.db = new Database(path, { readonly: true, fileMustExist: true });
    this.db.pragma('busy_timeout = 5000');
    // Like ours, the oldest workspace (the demo one) when a request names none.
    const oldest = this.all<{ id: string }>('SELECT id FROM workspaces ORDER BY created_at ASC, id ASC LIMIT 1', []);
    if (!oldest[0]) throw new Error('The baseline needs a database with a workspace');
    this.workspaceId = oldest[0].id;
    this.statements = 0;
  }

  close(): void {
    this.db.close();
  }

  tickets(first: number): BaselineTicket[] {
    const ws = this.workspaceId;
    const rows = this.all<TicketRow>(
      'SELECT id, subject, status, priority, tags, created_at, owner_id, team_id FROM tickets WHERE workspace_id = ? ORDER BY created_at DESC, id DESC LIMIT ?',
      [ws, first],
    );
    const ownerIds = unique(rows.map((r) => r.owner_id));
    const owners = this.in<{ id: string; name: string; email: string }>('SELECT id, name, email FROM users WHERE workspace_id = ? AND id IN', ownerIds);
    const memberships = this.in<{ team_id: string; user_id: string }>('SELECT team_id, user_id FROM team_members WHERE workspace_id = ? AND user_id IN', ownerIds);
    const teamIds = unique([...rows.map((r) => r.team_id), ...memberships.map((m) => m.team_id)]);
    const teamRows = this.in<{ id: string; name: string }>('SELECT id, name FROM teams WHERE workspace_id = ? AND id IN', teamIds);
    const members = this.in<{ team_id: string; id: string; name: string }>(
      'SELECT m.team_id, u.id, u.name FROM team_members m JOIN users u ON u.id = m.user_id WHERE m.workspace_id = ? AND m.team_id IN',
      teamIds,
      'ORDER BY m.position ASC',
    );
    const teams = new Map(teamRows.map((t): [string, BaselineTeam] => [t.id, { id: t.id, name: t.name, members: [] }]));
    for (const m of members) teams.get(m.team_id)?.members.push({ id: m.id, name: m.name });
    const users = new Map(owners.map((u): [string, BaselineUser] => [u.id, { ...u, teams: [] }]));
    for (const m of memberships) {
      const team = teams.get(m.team_id);
      if (team) users.get(m.user_id)?.teams.push(team);
    }
    // The API lists a person's teams by name, then id.
    for (const user of users.values()) user.teams.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return rows.map((r) => ({
      id: r.id,
      subject: r.subject,
      status: r.status,
      priority: r.priority,
      tags: JSON.parse(r.tags) as string[],
      createdAt: r.created_at,
      owner: (r.owner_id && users.get(r.owner_id)) || null,
      team: (r.team_id && teams.get(r.team_id)) || null,
    }));
  }

  private in<T>(sql: string, ids: readonly string[], suffix = ''): T[] {
    if (ids.length === 0) return [];
    return this.all<T>(`${sql} (${placeholders(ids.length)}) ${suffix}`, [this.workspaceId, ...ids]);
  }

  private all<T>(sql: string, params: readonly unknown[]): T[] {
    this.statements++;
    // better-sqlite3 caches nothing itself; a hand-written server would keep prepared statements.
    return this.prepared(sql).all(...params) as T[];
  }

  private readonly cache = new Map<string, Database.Statement>();
  private prepared(sql: string): Database.Statement {
    let statement = this.cache.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.cache.set(sql, statement);
    }
    return statement;
  }
}
