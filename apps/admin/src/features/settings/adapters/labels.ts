import type { AssignmentStrategy, BuiltInTrigger, HandoffMessages, HandoffProcess, PhraseMatchMode, UnassignedBehaviour } from '@handoff/domain';

// The words admins see for the domain's values, in one place so every control says the same.

export const BUILT_IN_TRIGGER_TEXT: Record<BuiltInTrigger, { label: string; help: string }> = {
  agentCannotAnswer: { label: 'The agent cannot answer', help: 'The AI agent has no answer to the visitor’s question.' },
  visitorAskedForHuman: { label: 'The visitor asks for a human', help: 'The visitor asks to talk to a person, in any of the supported languages.' },
  agentPaused: { label: 'The agent is paused', help: 'The AI agent has been paused for this conversation or channel.' },
};

export const MATCH_MODE_LABELS: Record<PhraseMatchMode, string> = {
  word: 'Whole words',
  phrase: 'Anywhere in the text',
  prefix: 'Word prefix',
  regex: 'Regular expression',
};

export const PROCESS_TEXT: Record<HandoffProcess, { label: string; help: string }> = {
  live: { label: 'Live handoff', help: 'Assign the conversation right away to the next available human agent.' },
  async: { label: 'Asynchronous handoff', help: 'Assign it to a human who follows up later.' },
  none: { label: 'No handoff', help: 'Nothing is handed over; the AI agent keeps answering.' },
};

export const MESSAGE_TEXT: Record<keyof HandoffMessages, { label: string; help: string }> = {
  teamAvailable: { label: 'When the team is available', help: 'Shown while the conversation is handed to a person.' },
  teamUnavailable: { label: 'When the team is not available', help: 'Outside working hours, or nobody is online.' },
  ticketUnassigned: { label: 'When the ticket is left unassigned', help: 'No rule matched, or there was nobody to assign.' },
};

export const STRATEGY_LABELS: Record<AssignmentStrategy, string> = {
  roundRobin: 'Round robin',
  leastLoaded: 'Least loaded',
};

export const UNASSIGNED_TEXT: Record<UnassignedBehaviour, { label: string; help: string }> = {
  keepOpen: { label: 'Keep the chat open', help: 'The conversation stays open in the Unassigned view.' },
  closeConversation: { label: 'Close the conversation', help: 'Its status becomes closed.' },
};
