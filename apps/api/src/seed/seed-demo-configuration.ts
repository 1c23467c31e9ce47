import { DEFAULT_HANDOFF_MESSAGES, RULE_SET_FORMAT_VERSION, type RuleSet } from '@handoff/domain';
import type { EntityManager } from 'typeorm';
import { HandoffPolicyRepository } from '../modules/policies/handoff-policy.repository';
import type { StoredHandoffPolicy } from '../modules/policies/stored-policy';
import { TeamRepository } from '../modules/people/team.repository';
import { UserRepository } from '../modules/people/user.repository';
import { RuleSetRepository } from '../modules/rule-sets/rule-set.repository';
import type { IdGenerator } from '../shared/clock';

/** The demo's routing rule set, by name, so tests and the README can find it. */
export const DEMO_RULE_SET_NAME = 'Aurora ticket routing';

/** A team for Finnish-speaking customers; the people seed has none, and routing by language needs one. */
export const DEMO_FINNISH_TEAM = { name: 'Finnish speakers', members: ['aino@demo.handoff.dev', 'mikko@demo.handoff.dev', 'olga@demo.handoff.dev'] };

const SEEDED_BY = 'demo-seed';

/**
 * The demo rule set: refunds asked for by email go to Billing, Finnish conversations to the
 * Finnish speakers, enterprise customers get urgent priority with Support; the rest lands in
 * Support. First match, in that order.
 */
export function demoRuleSet(teams: { billing: string; finnish: string; support: string }): RuleSet {
  return {
    formatVersion: RULE_SET_FORMAT_VERSION,
    hitPolicy: 'firstMatch',
    rules: [
      {
        id: 'refunds-by-email',
        name: 'Refunds by email go to Billing',
        enabled: true,
        when: {
          all: [
            { field: 'conversation.channel', operator: 'equals', value: 'email' },
            {
              any: [
                { field: 'conversation.messageText', operator: 'contains', value: 'refund', ignoreCase: true },
                { field: 'conversation.messageText', operator: 'contains', value: 'palautus', ignoreCase: true },
                // Inflected forms ("palautuksen") are caught by the prefix triggers, not by `contains`.
                { field: 'conversation.matchedTriggers', operator: 'hasAnyOf', value: ['refund', 'palautus'], ignoreCase: true },
              ],
            },
          ],
        },
        then: [{ type: 'assignTeam', teamId: teams.billing }],
      },
      {
        id: 'finnish-speakers',
        name: 'Finnish conversations go to the Finnish speakers',
        enabled: true,
        when: { field: 'conversation.language', operator: 'equals', value: 'fi' },
        then: [{ type: 'assignTeam', teamId: teams.finnish }],
      },
      {
        id: 'enterprise-urgent',
        name: 'Enterprise customers are urgent and go to Support',
        enabled: true,
        when: { field: 'contact.tier', operator: 'equals', value: 'enterprise' },
        then: [
          { type: 'setPriority', priority: 'urgent' },
          { type: 'assignTeam', teamId: teams.support },
        ],
      },
    ],
    fallback: [{ type: 'assignTeam', teamId: teams.support }],
  };
}

/**
 * Seeds the demo workspace's configuration inside the workspace seed's transaction: the Finnish
 * team, the rule set (draft = published version 1) and a policy that routes with it.
 */
export async function seedDemoConfiguration(manager: EntityManager, workspaceId: string, now: Date, ids: IdGenerator): Promise<void> {
  const teams = new TeamRepository(manager);
  const userIdByEmail = new Map((await new UserRepository(manager).list(workspaceId)).map((u) => [u.email, u.id]));
  const finnishId = ids();
  await teams.insert({ id: finnishId, workspaceId, name: DEMO_FINNISH_TEAM.name, createdAt: now }, DEMO_FINNISH_TEAM.members.flatMap((e) => userIdByEmail.get(e) ?? []));
  const byName = new Map((await teams.list(workspaceId)).map((t) => [t.name, t.id]));
  const teamId = (name: string) => {
    const id = byName.get(name);
    if (!id) throw new Error(`The demo seed needs a team named ${name}`);
    return id;
  };
  const ruleSet = demoRuleSet({ billing: teamId('Billing'), finnish: finnishId, support: teamId('Support') });
  const ruleSets = new RuleSetRepository(manager);
  const ruleSetId = ids();
  await ruleSets.insert({ id: ruleSetId, workspaceId, name: DEMO_RULE_SET_NAME, draft: ruleSet, draftVersion: 1, publishedVersion: 1, createdAt: now, updatedAt: now });
  await ruleSets.insertVersion({ id: ids(), workspaceId, ruleSetId, version: 1, document: ruleSet, publishedAt: now, publishedBy: SEEDED_BY });
  const policy: StoredHandoffPolicy = {
    builtInTriggers: { agentCannotAnswer: true, visitorAskedForHuman: true, agentPaused: true },
    customTriggers: [
      { id: 'fi-peruutus', phrase: 'peruutus', mode: 'prefix' },
      { id: 'fi-palautus', phrase: 'palautus', mode: 'prefix' },
      { id: 'fi-hyvitys', phrase: 'hyvitys', mode: 'word' },
      { id: 'en-refund', phrase: 'refund', mode: 'word' },
      { id: 'en-cancel-my-order', phrase: 'cancel my order', mode: 'phrase' },
    ],
    process: 'live',
    assignment: { mode: 'conditionRouting', ruleSetId, strategy: 'roundRobin' },
    messages: DEFAULT_HANDOFF_MESSAGES,
    unassignedBehaviour: 'keepOpen',
  };
  await new HandoffPolicyRepository(manager).insert({ workspaceId, version: 1, document: policy, updatedAt: now, updatedBy: SEEDED_BY });
}
