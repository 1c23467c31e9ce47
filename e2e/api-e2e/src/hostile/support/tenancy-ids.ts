import { dataOf, type HostileApi } from './http';
import type { Slot } from './operation-slots';
import type { World } from './slot-fixtures';

/** The kinds of thing an ID argument names. */
export type Entity = 'ticket' | 'conversation' | 'ruleSet' | 'rule' | 'team' | 'user' | 'apiKey' | 'template' | 'workspace';

const BY_NAME: Readonly<Record<string, Entity>> = {
  ticketId: 'ticket',
  conversationId: 'conversation',
  teamId: 'team',
  userId: 'user',
  ownerId: 'user',
  assigneeId: 'user',
  ruleSetId: 'ruleSet',
  ruleId: 'rule',
  ruleIds: 'rule',
  templateId: 'template',
  workspaceId: 'workspace',
};
const BY_OPERATION: Readonly<Record<string, Entity>> = {
  ticket: 'ticket',
  conversation: 'conversation',
  ruleSet: 'ruleSet',
  deleteRuleSet: 'ruleSet',
  publishRuleSet: 'ruleSet',
  rollbackRuleSet: 'ruleSet',
  saveRuleSetDraft: 'ruleSet',
  revokeApiKey: 'apiKey',
};

/** What an ID slot names, from its argument's name (or, for a bare `id`, its operation). */
export function entityOf(slot: Slot): Entity | null {
  const name = [...slot.path].reverse().find((p): p is string => typeof p === 'string') ?? '';
  return (name === 'id' ? BY_OPERATION[slot.operation] : BY_NAME[name]) ?? null;
}

/** One real id of each kind in the demo workspace. */
export async function idsOf(api: HostileApi, world: World): Promise<Record<Entity, string>> {
  const data = dataOf<{ viewer: { workspaceId: string; user: { id: string } }; apiKeys: { id: string }[] }>(
    await api.gql('{ viewer { workspaceId user { id } } apiKeys { id } }'),
  );
  const apiKey = data.apiKeys[0]?.id ?? (await createKey(api));
  return {
    ticket: world.ticketId,
    conversation: world.conversationId,
    ruleSet: world.ruleSetId,
    rule: world.ruleId,
    team: world.teamId,
    user: world.agentId,
    apiKey,
    template: world.templateId,
    workspace: data.viewer.workspaceId,
  };
}

async function createKey(api: HostileApi): Promise<string> {
  const created = dataOf<{ createApiKey: { apiKey: { id: string } } }>(
    await api.gql('mutation { createApiKey(input: { name: "tenancy probe", role: integrator }) { apiKey { id } } }'),
  );
  return created.createApiKey.apiKey.id;
}
