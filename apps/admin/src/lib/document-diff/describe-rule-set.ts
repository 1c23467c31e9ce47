import { alignById, hasUniqueIds } from './align-lists';
import { genericLines, quoted, type ChangeLine } from './change-line';
import type { DiffNames } from './diff-names';
import { describeConditionChange } from './describe-condition';
import { diffJson } from './json-diff';
import { asArray, asRecord, asText, jsonEqual, type JsonRecord } from './json-value';
import { summarizeActions, summarizeCondition } from './summarize-rules';

const HIT_POLICY_WORDS: Readonly<Record<string, string>> = { firstMatch: 'First match decides', collectAll: 'All matching rules apply' };
const KNOWN_KEYS = new Set(['hitPolicy', 'rules', 'fallback']);
const RULE_KEYS = new Set(['id', 'name', 'enabled', 'when', 'then', 'stop']);

/** A rule's name as a line names it: “Finnish conversations go to…”. */
const ruleName = (rule: JsonRecord) => quoted(asText(rule['name']), 40);

/** "When <conditions>: <actions>", and whether it is off. */
const ruleDetail = (rule: JsonRecord, names: DiffNames) =>
  `when ${summarizeCondition(rule['when'], names)}: ${summarizeActions(rule['then'], names).replace(/^./, (c) => c.toLowerCase())}${rule['enabled'] === false ? '; turned off' : ''}`;

/**
 * What changed between two rule set documents, in words: the hit policy, rules added, removed,
 * moved and edited (followed by id), and the fallback. Parts it does not know get generic lines.
 */
export function describeRuleSetChanges(before: unknown, after: unknown, names: DiffNames): ChangeLine[] {
  const old = asRecord(before);
  const next = asRecord(after);
  const lines: ChangeLine[] = [];
  if (old['hitPolicy'] !== next['hitPolicy']) {
    lines.push({ kind: 'changed', subject: 'When several rules match', from: HIT_POLICY_WORDS[asText(old['hitPolicy'])] ?? 'not set', to: HIT_POLICY_WORDS[asText(next['hitPolicy'])] ?? 'not set' });
  }
  lines.push(...describeRules(asArray(old['rules']), asArray(next['rules']), names));
  if (!jsonEqual(old['fallback'], next['fallback'])) {
    lines.push(...beforeAfter('Fallback', 'Fallback', [summarizeActions(old['fallback'], names), summarizeActions(next['fallback'], names)], old['fallback'], next['fallback']));
  }
  const others = [...new Set([...Object.keys(old), ...Object.keys(next)])].filter((key) => !KNOWN_KEYS.has(key));
  for (const key of others) lines.push(...genericLines(diffJson(old[key], next[key], [key])));
  return lines;
}

/** A before → after in words; when the words cannot tell them apart, the structural changes under `part` instead. */
function beforeAfter(subject: string, part: string, [from, to]: [string, string], oldValue: unknown, newValue: unknown): ChangeLine[] {
  return from !== to ? [{ kind: 'changed', subject, from, to }] : genericLines(diffJson(oldValue, newValue), part);
}

function describeRules(before: readonly unknown[], after: readonly unknown[], names: DiffNames): ChangeLine[] {
  if (!hasUniqueIds(before) || !hasUniqueIds(after)) return genericLines(diffJson(before, after, ['rules']));
  const { kept, removed, added } = alignById(before, after);
  const lines: ChangeLine[] = removed.map((i) => {
    const rule = asRecord(before[i]);
    return { kind: 'removed', subject: `Rule ${i + 1} ${ruleName(rule)} removed` };
  });
  const addedAt = new Set(added);
  after.forEach((item, to) => {
    const rule = asRecord(item);
    if (addedAt.has(to)) {
      lines.push({ kind: 'added', subject: `Rule ${ruleName(rule)} added at position ${to + 1}`, detail: ruleDetail(rule, names) });
      return;
    }
    const match = kept.find((k) => k.to === to);
    if (!match) return;
    if (match.moved) lines.push({ kind: 'moved', subject: `Rule ${ruleName(rule)} moved from position ${match.from + 1} to ${to + 1}` });
    lines.push(...describeRuleEdit(asRecord(before[match.from]), rule, to, names));
  });
  return lines;
}

function describeRuleEdit(old: JsonRecord, next: JsonRecord, to: number, names: DiffNames): ChangeLine[] {
  const label = `Rule ${to + 1} ${ruleName(next)}`;
  const lines: ChangeLine[] = [];
  if (old['name'] !== next['name']) lines.push({ kind: 'changed', subject: `Rule ${to + 1} renamed`, from: quoted(asText(old['name'])), to: quoted(asText(next['name'])) });
  if ((old['enabled'] !== false) !== (next['enabled'] !== false)) lines.push({ kind: 'changed', subject: `${label} turned ${next['enabled'] === false ? 'off' : 'on'}` });
  if (!jsonEqual(old['when'], next['when'])) {
    lines.push(...describeConditionChange(label, old['when'], next['when'], names));
  }
  if (!jsonEqual(old['then'], next['then'])) {
    lines.push(...beforeAfter(`${label} actions changed`, `${label} actions`, [summarizeActions(old['then'], names), summarizeActions(next['then'], names)], old['then'], next['then']));
  }
  if ((old['stop'] === true) !== (next['stop'] === true)) {
    lines.push({ kind: 'changed', subject: `${label} ${next['stop'] === true ? 'now stops' : 'no longer stops'} the evaluation when it matches` });
  }
  const others = [...new Set([...Object.keys(old), ...Object.keys(next)])].filter((key) => !RULE_KEYS.has(key));
  for (const key of others) lines.push(...genericLines(diffJson(old[key], next[key], [key]), label));
  return lines;
}
