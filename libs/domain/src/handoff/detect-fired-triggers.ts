import { detectHumanRequest } from '../triggers/detect-human-request';
import type { CompiledHandoffPolicy } from './compiled-handoff-policy';
import type { FiredTrigger } from './handoff-decision';
import type { HandoffEvent } from './handoff-event';

/**
 * Every trigger that fires for an event, built-ins first (in `BUILT_IN_TRIGGERS` order) then
 * custom phrase matches in message order. A built-in the admin switched off never fires, even
 * when the AI agent signals it; asking for a person counts whether signalled or detected in the text.
 */
export function detectFiredTriggers(compiled: CompiledHandoffPolicy, event: HandoffEvent): FiredTrigger[] {
  const { builtInTriggers } = compiled.policy;
  const signals = event.signals ?? {};
  const text = event.messageText ?? '';
  const fired: FiredTrigger[] = [];
  if (builtInTriggers.agentCannotAnswer && signals.agentCannotAnswer) fired.push({ reason: 'agentCannotAnswer', source: 'signal' });
  if (builtInTriggers.visitorAskedForHuman) {
    if (signals.visitorAskedForHuman) fired.push({ reason: 'visitorAskedForHuman', source: 'signal' });
    else if (text !== '' && detectHumanRequest(text)) fired.push({ reason: 'visitorAskedForHuman', source: 'message' });
  }
  if (builtInTriggers.agentPaused && signals.agentPaused) fired.push({ reason: 'agentPaused', source: 'signal' });
  if (text !== '') for (const match of compiled.matchTriggers(text)) fired.push({ reason: 'customTrigger', match });
  return fired;
}
