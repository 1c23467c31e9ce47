import { DestinationRepository } from '../modules/destinations/destination.repository';
import { hashPassword } from '../modules/identity/passwords';
import { TeamEntity } from '../modules/people/team.entity';
import { TeamRepository } from '../modules/people/team.repository';
import { UserRepository } from '../modules/people/user.repository';
import { RuleSetEntity } from '../modules/rule-sets/rule-set.entity';
import { WorkspaceEntity } from '../modules/workspaces/workspace.entity';
import { DEMO_TEAMS, DEMO_USERS } from '../seed/demo-people';
import { DEMO_RULE_SET_NAME, seedDemoConfiguration } from '../seed/seed-demo-configuration';
import { required } from './required';
import type { ExecuteAs, TestApi } from './test-api';

/** The second workspace's id: everything in it is another tenant's as far as the demo one is concerned. */
export const SECOND_WORKSPACE_ID = '00000000-0000-4000-8000-0000000000b2';

/** Its people's password (they sign in, so it has refresh tokens too). */
export const SECOND_WORKSPACE_PASSWORD = 'second workspace password';

/** Ids of the rows a second workspace holds, by kind. */
export interface WorkspaceIds {
  readonly workspaceId: string;
  readonly adminId: string;
  readonly users: readonly string[];
  readonly teams: readonly string[];
  readonly tickets: readonly string[];
  readonly conversations: readonly string[];
  readonly ruleSetId: string;
  readonly apiKeys: readonly string[];
}

let counter = 0;
const nextId = () => `00000000-0000-4000-9b00-${String(++counter).padStart(12, '0')}`;

const POST = 'mutation($input: PostVisitorMessageInput!) { postVisitorMessage(input: $input) { conversation { id } handoff { ticket { id } } } }';
const CREATE = 'mutation($input: CreateTicketInput!) { createTicket(input: $input) { ticket { id } } }';
const SAVE = 'mutation($input: SaveRuleSetDraftInput!) { saveRuleSetDraft(input: $input) { ruleSet { id } } }';

/**
 * Seeds a second workspace beside the demo one, shaped like it (people, teams, destinations, rule
 * set, policy) and then used through the API as its own principals, so it has a row in every
 * table: tickets, conversations and messages, assignments, audit entries, outbox events, an API
 * key and a refresh token.
 */
export async function seedSecondWorkspace(api: TestApi): Promise<WorkspaceIds> {
  const workspaceId = SECOND_WORKSPACE_ID;
  const now = new Date();
  const passwordHash = await hashPassword(SECOND_WORKSPACE_PASSWORD);
  const userIds = new Map<string, string>();
  await api.db.dataSource.transaction(async (manager) => {
    await manager.insert(WorkspaceEntity, { id: workspaceId, name: 'Second: Borealis Bikes', createdAt: now });
    await new DestinationRepository(manager).createDefaults(workspaceId);
    for (const u of DEMO_USERS) {
      const id = nextId();
      userIds.set(u.key, id);
      const email = u.email.replace('@demo.handoff.dev', '@borealis.test');
      await new UserRepository(manager).insert({ id, workspaceId, name: u.name, email, role: u.role, status: u.status, capacity: u.capacity, workingHours: u.workingHours, passwordHash, createdAt: now });
    }
    for (const t of DEMO_TEAMS) {
      await new TeamRepository(manager).insert({ id: nextId(), workspaceId, name: t.name, createdAt: now }, t.members.map((m) => required(userIds.get(m))));
    }
    await seedDemoConfiguration(manager, workspaceId, now, nextId);
  });
  const adminId = required(userIds.get('aino'));
  const admin: ExecuteAs = { as: 'admin', workspaceId, userId: adminId };
  const integrator: ExecuteAs = { as: 'integrator', workspaceId };
  const teams = (await api.db.dataSource.manager.find(TeamEntity, { where: { workspaceId } })).map((t) => t.id);
  const ruleSet = await api.db.dataSource.manager.findOneByOrFail(RuleSetEntity, { workspaceId, name: DEMO_RULE_SET_NAME });

  const posted = await api.execute<{ postVisitorMessage: { conversation: { id: string }; handoff: { ticket: { id: string } | null } } }>(
    POST,
    { input: { channel: 'chat', text: 'Can I talk to a human, please?' } },
    integrator,
  );
  const handedOff = required(posted.data, JSON.stringify(posted.errors)).postVisitorMessage;
  const created = await api.execute<{ createTicket: { ticket: { id: string } } }>(
    CREATE,
    { input: { subject: 'Second workspace ticket', teamId: teams[0], ownerId: userIds.get('mikko'), conversationId: handedOff.conversation.id } },
    integrator,
  );
  const saved = await api.execute(SAVE, { input: { id: ruleSet.id, expectedDraftVersion: ruleSet.draftVersion, ruleSet: ruleSet.draft } }, admin);
  if (saved.errors) throw new Error(`seeding the second workspace: ${JSON.stringify(saved.errors)}`);
  const signedIn = await api.services.identity.sessions.signIn('aino@borealis.test', SECOND_WORKSPACE_PASSWORD, workspaceId);
  if (!signedIn.ok) throw new Error('seeding the second workspace: sign-in failed');
  const apiKeys = (await api.services.identity.apiKeys.list(workspaceId)).map((k) => k.id);
  return {
    workspaceId,
    adminId,
    users: [...userIds.values()],
    teams,
    tickets: [required(handedOff.handoff.ticket).id, required(created.data).createTicket.ticket.id],
    conversations: [handedOff.conversation.id],
    ruleSetId: ruleSet.id,
    apiKeys,
  };
}
