import { matchHumanRequests } from '@handoff/domain';
import { describeTrigger } from './describe-outcome';

/** A fired trigger as the simulation reports it. */
export interface FiredTriggerView {
  readonly kind: string;
  readonly source: string | null;
  readonly phrase: string | null;
  readonly start: number | null;
  readonly end: number | null;
}

/** Where in the message a trigger fired, in UTF-16 offsets, and what to call it. */
export interface TriggerSpan {
  readonly start: number;
  readonly end: number;
  readonly label: string;
}

/** A run of the message: plain, or highlighted with the triggers that cover it. */
export interface MessageSegment {
  readonly text: string;
  readonly labels: readonly string[];
}

/**
 * Where each fired trigger is in the message. Custom phrases come with their offsets; the
 * built-in "asked for a person" does not, so it is located with the domain's own phrase matcher,
 * the function the server detected it with. Signals from the agent have no place in the text.
 */
export function findTriggerSpans(text: string, fired: readonly FiredTriggerView[]): TriggerSpan[] {
  return fired.flatMap((trigger): TriggerSpan[] => {
    const label = describeTrigger(trigger);
    if (trigger.start !== null && trigger.end !== null) return [{ start: trigger.start, end: trigger.end, label }];
    if (trigger.kind === 'visitorAskedForHuman' && trigger.source === 'message') {
      return matchHumanRequests(text).map((m) => ({ start: m.start, end: m.end, label }));
    }
    return [];
  });
}

/** Cuts the message at every span boundary; overlapping triggers share a segment and list both labels. */
export function segmentMessage(text: string, spans: readonly TriggerSpan[]): MessageSegment[] {
  const clamp = (n: number) => Math.max(0, Math.min(text.length, n));
  const valid = spans.map((s) => ({ ...s, start: clamp(s.start), end: clamp(s.end) })).filter((s) => s.end > s.start);
  const cuts = [...new Set([0, text.length, ...valid.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  const segments: MessageSegment[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const from = cuts[i] as number;
    const to = cuts[i + 1] as number;
    const labels = [...new Set(valid.filter((s) => s.start <= from && s.end >= to).map((s) => s.label))];
    const last = segments[segments.length - 1];
    if (last && last.labels.join('\n') === labels.join('\n')) segments[segments.length - 1] = { text: last.text + text.slice(from, to), labels };
    else segments.push({ text: text.slice(from, to), labels });
  }
  return segments;
}
