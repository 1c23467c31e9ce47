import { commonPairs } from './align-lists';
import { genericLines, type ChangeLine } from './change-line';
import type { DiffNames } from './diff-names';
import { diffJson } from './json-diff';
import { asArray, isRecord, jsonEqual } from './json-value';
import { summarizeCondition } from './summarize-rules';

type GroupKey = 'all' | 'any';

const groupKey = (node: unknown): GroupKey | null => (isRecord(node) ? ('all' in node ? 'all' : 'any' in node ? 'any' : null) : null);
const GROUP_WORDS: Record<GroupKey, string> = { all: 'all must match', any: 'any one is enough' };

/**
 * A rule's condition change, as close to where it happened as the tree allows: a condition added
 * to or removed from a group (also when a condition was wrapped into a new group), one condition
 * changed; anything else as the whole condition before and after. `label` names the rule.
 */
export function describeConditionChange(label: string, before: unknown, after: unknown, names: DiffNames): ChangeLine[] {
  if (jsonEqual(before, after)) return [];
  const oldKey = groupKey(before);
  const newKey = groupKey(after);
  // Wrapped: the old condition is now one child of a new group, next to the added ones (and the
  // reverse). Checked first: lining up the children of two same-kind groups would pair the wrapped
  // condition with a stranger.
  if (newKey !== null && asArray((after as Record<string, unknown>)[newKey]).some((child) => jsonEqual(child, before))) {
    return describeGroup(label, newKey, [before], asArray((after as Record<string, unknown>)[newKey]), names);
  }
  if (oldKey !== null && asArray((before as Record<string, unknown>)[oldKey]).some((child) => jsonEqual(child, after))) {
    return describeGroup(label, oldKey, asArray((before as Record<string, unknown>)[oldKey]), [after], names);
  }
  if (oldKey !== null && oldKey === newKey) return describeGroup(label, newKey, asArray((before as Record<string, unknown>)[oldKey]), asArray((after as Record<string, unknown>)[newKey]), names);
  const [from, to] = [summarizeCondition(before, names), summarizeCondition(after, names)];
  if (from === to) return genericLines(diffJson(before, after), `${label} condition`);
  return [{ kind: 'changed', subject: `${label} condition changed`, from, to }];
}

/** Children of one group lined up by their longest common run; what is left in each gap is paired as changes. */
function describeGroup(label: string, key: GroupKey, before: readonly unknown[], after: readonly unknown[], names: DiffNames): ChangeLine[] {
  const lines: ChangeLine[] = [];
  let i = 0;
  let j = 0;
  for (const [nextI, nextJ] of [...commonPairs(before, after, jsonEqual), [before.length, after.length]] as const) {
    const paired = Math.min(nextI - i, nextJ - j);
    for (let k = 0; k < paired; k++) lines.push(...describeConditionChange(label, before[i + k], after[j + k], names));
    for (let k = i + paired; k < nextI; k++) lines.push({ kind: 'removed', subject: `${label} condition removed: ${summarizeCondition(before[k], names)}`, detail: GROUP_WORDS[key] });
    for (let k = j + paired; k < nextJ; k++) lines.push({ kind: 'added', subject: `${label} condition added: ${summarizeCondition(after[k], names)}`, detail: GROUP_WORDS[key] });
    i = nextI + 1;
    j = nextJ + 1;
  }
  return lines;
}
