import type { PoolSource } from '../assignment/build-assignee-pool';
import type { HandoffMessages, HandoffPolicy } from './handoff-policy';

/** The visitor texts a new workspace starts with, which the admin is expected to rewrite. */
export const DEFAULT_HANDOFF_MESSAGES: HandoffMessages = {
  teamAvailable: 'Connecting you with a member of our team. They will be with you shortly.',
  teamUnavailable: 'Our team is not available right now. We have received your request and will get back to you as soon as we can.',
  ticketUnassigned: 'Thanks, we have received your request. Someone from our team will follow up with you.',
};

/**
 * The policy a new workspace starts with: every built-in trigger on, no custom phrases, live
 * handoff to the help desk by round robin, the default texts, and unassigned chats kept open.
 * There is no constant default because same destination needs a pool (an empty one is
 * INVALID_POLICY): the shell passes the workspace's first team or its admins.
 */
export function createDefaultHandoffPolicy(pool: PoolSource): HandoffPolicy {
  return {
    builtInTriggers: { agentCannotAnswer: true, visitorAskedForHuman: true, agentPaused: true },
    customTriggers: [],
    process: 'live',
    assignment: {
      mode: 'sameDestination',
      destination: 'helpDesk',
      userIds: [...(pool.userIds ?? [])],
      teamIds: [...(pool.teamIds ?? [])],
      strategy: 'roundRobin',
    },
    messages: DEFAULT_HANDOFF_MESSAGES,
    unassignedBehaviour: 'keepOpen',
  };
}
