import type { DataSource } from 'typeorm';
import { DestinationRepository } from '../modules/destinations/destination.repository';
import { TeamRepository } from '../modules/people/team.repository';
import { UserRepository } from '../modules/people/user.repository';
import { WorkspaceEntity } from '../modules/workspaces/workspace.entity';
import type { Clock, IdGenerator } from '../shared/clock';
import { hashPassword } from '../modules/identity/passwords';
import { DEMO_TEAMS, DEMO_USERS } from './demo-people';
import { seedDemoConfiguration } from './seed-demo-configuration';
import { seedDemoTickets } from './seed-demo-tickets';

/** The demo workspace's fixed id, so links in the README and tests can name it. */
export const DEMO_WORKSPACE_ID = '00000000-0000-4000-8000-000000000001';

/** What to seed besides people and configuration. */
export interface DemoSeedOptions {
  /**
   * Play the demo conversations through the handoff flow, leaving tickets. Off for tests, which
   * count tickets, assignments and round-robin turns from a clean slate.
   */
  readonly conversations?: boolean;
  /** Every demo person's password (argon2id-hashed); without it nobody can sign in with a password. */
  readonly password?: string;
}

/**
 * Seeds the demo workspace once: into a database with no workspace at all. Running it again, or
 * against a database someone already uses, changes nothing.
 */
export async function seedDemoWorkspace(dataSource: DataSource, clock: Clock, ids: IdGenerator, options: DemoSeedOptions = {}): Promise<boolean> {
  // Hashed once, outside the transaction: argon2id is deliberately slow.
  const passwordHash = options.password ? await hashPassword(options.password) : null;
  return dataSource.transaction(async (manager) => {
    if ((await manager.count(WorkspaceEntity)) > 0) return false;
    const now = clock();
    const workspaceId = DEMO_WORKSPACE_ID;
    await manager.insert(WorkspaceEntity, { id: workspaceId, name: 'Demo: Aurora Outdoor Gear', createdAt: now });
    await new DestinationRepository(manager).createDefaults(workspaceId, { inbox: 'Aurora shared inbox', helpDesk: 'Aurora help desk' });
    const users = new UserRepository(manager);
    const userIds = new Map<string, string>();
    for (const u of DEMO_USERS) {
      const id = ids();
      userIds.set(u.key, id);
      await users.insert({ id, workspaceId, name: u.name, email: u.email, role: u.role, status: u.status, capacity: u.capacity, workingHours: u.workingHours, passwordHash, createdAt: now });
    }
    const teams = new TeamRepository(manager);
    for (const t of DEMO_TEAMS) {
      await teams.insert({ id: ids(), workspaceId, name: t.name, createdAt: now }, t.members.map((m) => userIds.get(m) as string));
    }
    await seedDemoConfiguration(manager, workspaceId, now, ids);
    if (options.conversations) await seedDemoTickets(manager, workspaceId, now, ids);
    return true;
  });
}
