import { alignById, hasUniqueIds } from './align-lists';
import { genericLines, quoted, type ChangeLine } from './change-line';
import type { DiffNames } from './diff-names';
import { diffJson } from './json-diff';
import { asArray, asRecord, asText, jsonEqual, type JsonRecord } from './json-value';
import { describeAssignment } from './describe-assignment';

// The settings screen's words for the policy's values (features cannot share code, so they are repeated here).
const BUILT_IN_WORDS: Readonly<Record<string, string>> = {
  agentCannotAnswer: 'The agent cannot answer',
  visitorAskedForHuman: 'The visitor asks for a human',
  agentPaused: 'The agent is paused',
};
const MATCH_MODE_WORDS: Readonly<Record<string, string>> = { word: 'Whole words', phrase: 'Anywhere in the text', prefix: 'Word prefix', regex: 'Regular expression' };
const PROCESS_WORDS: Readonly<Record<string, string>> = { live: 'Live handoff', async: 'Asynchronous handoff', none: 'No handoff' };
const MESSAGE_WORDS: Readonly<Record<string, string>> = {
  teamAvailable: 'When the team is available',
  teamUnavailable: 'When the team is not available',
  ticketUnassigned: 'When the ticket is left unassigned',
};
const UNASSIGNED_WORDS: Readonly<Record<string, string>> = { keepOpen: 'Keep the chat open', closeConversation: 'Close the conversation' };
const KNOWN_KEYS = new Set(['builtInTriggers', 'customTriggers', 'process', 'assignment', 'messages', 'unassignedBehaviour']);

const word = (words: Readonly<Record<string, string>>, value: unknown) => (value === undefined ? 'not set' : (words[asText(value)] ?? asText(value)));
const keysOf = (...records: JsonRecord[]) => [...new Set(records.flatMap((r) => Object.keys(r)))];

/**
 * What changed between two handoff policy documents (the stored shape: condition routing names
 * its rule set by id), in the settings screen's words. Unknown parts get generic lines.
 */
export function describePolicyChanges(before: unknown, after: unknown, names: DiffNames): ChangeLine[] {
  const old = asRecord(before);
  const next = asRecord(after);
  const lines: ChangeLine[] = [...describeBuiltIns(asRecord(old['builtInTriggers']), asRecord(next['builtInTriggers']))];
  lines.push(...describeCustomTriggers(asArray(old['customTriggers']), asArray(next['customTriggers'])));
  if (old['process'] !== next['process']) lines.push({ kind: 'changed', subject: 'Process', from: word(PROCESS_WORDS, old['process']), to: word(PROCESS_WORDS, next['process']) });
  lines.push(...describeAssignment(asRecord(old['assignment']), asRecord(next['assignment']), names));
  lines.push(...describeMessages(asRecord(old['messages']), asRecord(next['messages'])));
  if (old['unassignedBehaviour'] !== next['unassignedBehaviour']) {
    lines.push({ kind: 'changed', subject: 'When nobody is assigned', from: word(UNASSIGNED_WORDS, old['unassignedBehaviour']), to: word(UNASSIGNED_WORDS, next['unassignedBehaviour']) });
  }
  for (const key of keysOf(old, next).filter((k) => !KNOWN_KEYS.has(k))) lines.push(...genericLines(diffJson(old[key], next[key], [key])));
  return lines;
}

function describeBuiltIns(old: JsonRecord, next: JsonRecord): ChangeLine[] {
  // A built-in trigger is on unless switched off, as the domain parser reads it.
  return keysOf(old, next)
    .filter((key) => (old[key] !== false) !== (next[key] !== false))
    .map((key) => ({ kind: 'changed', subject: `Built-in trigger ${quoted(word(BUILT_IN_WORDS, key))} turned ${next[key] === false ? 'off' : 'on'}` }));
}

const matching = (trigger: JsonRecord) => `${word(MATCH_MODE_WORDS, trigger['mode'])}${trigger['ignoreAccents'] === true ? ', ignoring accents' : ''}`;

function describeCustomTriggers(before: readonly unknown[], after: readonly unknown[]): ChangeLine[] {
  if (!hasUniqueIds(before) || !hasUniqueIds(after)) return genericLines(diffJson(before, after, ['customTriggers']));
  const { kept, removed, added } = alignById(before, after);
  const name = (trigger: JsonRecord) => `Custom trigger ${quoted(asText(trigger['phrase']))}`;
  const lines: ChangeLine[] = removed.map((i) => ({ kind: 'removed', subject: `${name(asRecord(before[i]))} removed` }));
  lines.push(...added.map((i): ChangeLine => ({ kind: 'added', subject: `${name(asRecord(after[i]))} added`, detail: matching(asRecord(after[i])) })));
  for (const { from, to, moved } of kept) {
    const old = asRecord(before[from]);
    const next = asRecord(after[to]);
    if (moved) lines.push({ kind: 'moved', subject: `${name(next)} moved from position ${from + 1} to ${to + 1}` });
    if (old['phrase'] !== next['phrase']) lines.push({ kind: 'changed', subject: `${name(old)} phrase changed`, from: quoted(asText(old['phrase'])), to: quoted(asText(next['phrase'])) });
    if (matching(old) !== matching(next)) lines.push({ kind: 'changed', subject: `${name(next)} matching`, from: matching(old), to: matching(next) });
    const rest = (t: JsonRecord) => Object.fromEntries(Object.entries(t).filter(([k]) => !['id', 'phrase', 'mode', 'ignoreAccents'].includes(k)));
    lines.push(...genericLines(diffJson(rest(old), rest(next)), name(next)));
  }
  return lines;
}

function describeMessages(old: JsonRecord, next: JsonRecord): ChangeLine[] {
  return keysOf(old, next)
    .filter((key) => !jsonEqual(old[key], next[key]))
    .map((key) => ({
      kind: 'changed',
      subject: `Message ${quoted(word(MESSAGE_WORDS, key))}`,
      // Messages are the admin's own prose: shown whole, since one changed word can matter.
      from: asText(old[key]) === '' ? 'empty' : quoted(asText(old[key]), Infinity),
      to: asText(next[key]) === '' ? 'empty' : quoted(asText(next[key]), Infinity),
    }));
}
