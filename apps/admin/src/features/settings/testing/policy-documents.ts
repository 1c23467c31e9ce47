import { DEFAULT_HANDOFF_MESSAGES } from '@handoff/domain';

/** The demo workspace's policy as the API hands it out: Finnish and English triggers, condition routing. */
export const ROUTED_DOCUMENT = {
  builtInTriggers: { agentCannotAnswer: true, visitorAskedForHuman: true, agentPaused: true },
  customTriggers: [
    { id: 'fi-peruutus', phrase: 'peruutus', mode: 'prefix' },
    { id: 'fi-hyvitys', phrase: 'hyvitys', mode: 'word' },
    { id: 'en-refund', phrase: 'refund', mode: 'word' },
  ],
  process: 'live',
  assignment: { mode: 'conditionRouting', ruleSetId: 'rs-1', strategy: 'roundRobin' },
  messages: { ...DEFAULT_HANDOFF_MESSAGES },
  unassignedBehaviour: 'keepOpen',
};

/** A same-destination policy with an accent-folding trigger and asynchronous handoff. */
export const SAME_DESTINATION_DOCUMENT = {
  builtInTriggers: { agentCannotAnswer: true, visitorAskedForHuman: false, agentPaused: true },
  customTriggers: [{ id: 'custom-4', phrase: 'café', mode: 'phrase', ignoreAccents: true }],
  process: 'async',
  assignment: { mode: 'sameDestination', destination: 'inbox', userIds: ['u-1'], teamIds: ['t-1', 't-2'], strategy: 'leastLoaded' },
  messages: { teamAvailable: 'Hello', teamUnavailable: 'Later', ticketUnassigned: 'Soon' },
  unassignedBehaviour: 'closeConversation',
};
