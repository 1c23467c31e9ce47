import type { DataSource } from 'typeorm';
import { HandoffPolicyEntity } from '../modules/policies/handoff-policy.entity';
import { TeamEntity } from '../modules/people/team.entity';
import { UserEntity } from '../modules/people/user.entity';
import { RuleSetEntity } from '../modules/rule-sets/rule-set.entity';
import { RuleSetVersionEntity } from '../modules/rule-sets/rule-set-version.entity';
import { DEMO_WORKSPACE_ID } from '../seed/seed-demo-workspace';

/** postVisitorMessage asking for everything the flow tests look at. */
export const POST = `mutation ($input: PostVisitorMessageInput!) {
  postVisitorMessage(input: $input) {
    conversation { id status assignee { name } team { name } }
    message { id author text }
    botMessage { author text }
    handoff {
      handedOff reason mode messageKind messageText conversationStatus
      firedTriggers { kind source triggerId phrase start end }
      ticket { id subject destination priority tags sourceChannel owner { name } team { name } assignments { method reason user { name } } }
      assignee { name }
    }
  }
}`;

// Policy and rule set caches are per process and keyed by version, and one test file runs both
// databases in one process: versions must never repeat within a run.
let nextVersion = 1_000;

/** A complete stored policy document with test texts; override any part. */
export const testPolicy = (overrides: Record<string, unknown>): Record<string, unknown> => ({
  builtInTriggers: { agentCannotAnswer: true, visitorAskedForHuman: true, agentPaused: true },
  customTriggers: [{ id: 'cancel-fi', phrase: 'peruutus', mode: 'prefix' }],
  process: 'live',
  messages: { teamAvailable: 'A person joins you now.', teamUnavailable: 'Nobody is around right now.', ticketUnassigned: 'We will get back to you.' },
  unassignedBehaviour: 'keepOpen',
  ...overrides,
});

/** Stores a policy document directly (the row the policies module writes), replacing any earlier one. */
export async function storePolicy(dataSource: DataSource, document: Record<string, unknown>, workspaceId = DEMO_WORKSPACE_ID): Promise<void> {
  await dataSource.manager.delete(HandoffPolicyEntity, { workspaceId });
  await dataSource.manager.insert(HandoffPolicyEntity, { workspaceId, version: ++nextVersion, document, updatedAt: new Date(), updatedBy: 'test' });
}

/** Removes the workspace's policy, so the flow falls back to the default. */
export async function removePolicy(dataSource: DataSource, workspaceId = DEMO_WORKSPACE_ID): Promise<void> {
  await dataSource.manager.delete(HandoffPolicyEntity, { workspaceId });
}

/** Stores a rule set with one published version and returns its id. */
export async function storePublishedRuleSet(dataSource: DataSource, document: object, workspaceId = DEMO_WORKSPACE_ID): Promise<string> {
  const version = ++nextVersion;
  const id = `00000000-0000-4000-a000-${String(version).padStart(12, '0')}`;
  const now = new Date();
  await dataSource.manager.insert(RuleSetEntity, { id, workspaceId, name: `rules ${version}`, draft: document, draftVersion: 1, publishedVersion: version, createdAt: now, updatedAt: now });
  await dataSource.manager.insert(RuleSetVersionEntity, { id: `00000000-0000-4000-b000-${String(version).padStart(12, '0')}`, workspaceId, ruleSetId: id, version, document, publishedAt: now, publishedBy: 'test' });
  return id;
}

/** Ids of the demo people and teams by their names' first word (`mikko`, `billing`). */
export async function demoIds(dataSource: DataSource): Promise<{ user: (key: string) => string; team: (key: string) => string }> {
  const users = await dataSource.manager.find(UserEntity, { where: { workspaceId: DEMO_WORKSPACE_ID } });
  const teams = await dataSource.manager.find(TeamEntity, { where: { workspaceId: DEMO_WORKSPACE_ID } });
  const find = (rows: { id: string; name: string }[], key: string) => {
    const row = rows.find((r) => r.name.toLowerCase().startsWith(key));
    if (!row) throw new Error(`No demo row named ${key}`);
    return row.id;
  };
  return { user: (key) => find(users, key), team: (key) => find(teams, key) };
}
