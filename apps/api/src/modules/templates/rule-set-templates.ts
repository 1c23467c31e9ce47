import { RULE_SET_FORMAT_VERSION, type Action, type Rule, type RuleSet } from '@handoff/domain';

/** A starting point for a new rule set. */
export interface RuleSetTemplate {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  /** Builds the draft; `teamIds` are the workspace's teams, sorted by name. */
  readonly build: (teamIds: readonly string[]) => RuleSet;
}

const CHANNEL_RULES = [
  { channel: 'email', name: 'Email conversations' },
  { channel: 'chat', name: 'Chat conversations' },
  { channel: 'whatsapp', name: 'WhatsApp conversations' },
  { channel: 'messenger', name: 'Messenger conversations' },
  { channel: 'sms', name: 'SMS conversations' },
] as const;

/**
 * "Reassign tickets for customer agent handoff": one rule per common source channel, each
 * setting the ticket's owner. Actions need real ids, so every rule assigns the workspace's first
 * team (by name) as a PLACEHOLDER the admin changes per channel; the rules start enabled, which is
 * harmless because a draft routes nothing until it is published. A workspace without teams gets
 * the same rules disabled with no actions, which still passes parseRuleSet.
 */
const reassignByChannel: RuleSetTemplate = {
  id: 'reassign-by-channel',
  name: 'Reassign tickets for customer agent handoff',
  description: 'Sets the ticket owner by the conversation’s source channel: one rule per channel (email, chat, WhatsApp, Messenger, SMS) to point at the right team.',
  build: (teamIds) => {
    const placeholder = teamIds[0];
    const then: Action[] = placeholder === undefined ? [] : [{ type: 'assignTeam', teamId: placeholder }];
    const rules: Rule[] = CHANNEL_RULES.map(({ channel, name }) => ({
      id: `channel-${channel}`,
      name,
      enabled: placeholder !== undefined,
      when: { field: 'conversation.channel', operator: 'equals', value: channel },
      then,
    }));
    return { formatVersion: RULE_SET_FORMAT_VERSION, hitPolicy: 'firstMatch', rules, fallback: then };
  },
};

/** Every template, in display order. */
export const RULE_SET_TEMPLATES: readonly RuleSetTemplate[] = [reassignByChannel];

export const findRuleSetTemplate = (id: string): RuleSetTemplate | undefined => RULE_SET_TEMPLATES.find((t) => t.id === id);
