import type { Issue } from '@handoff/domain';

/**
 * The parser's issues, worded for someone filling in the builder. The codes and paths stay the
 * domain's; only the sentence for a control left empty changes ("Choose a team" rather than
 * "teamId must be a non-empty string").
 */
export function issueMessage(issue: Issue, value?: unknown, emptyHint = 'A value is missing.'): string {
  const leaf = issue.path.slice(issue.path.lastIndexOf('.') + 1);
  if (issue.code === 'UNKNOWN_FIELD' && issue.message.startsWith('unknown field ""')) return 'Choose a field.';
  if (issue.code === 'UNKNOWN_OPERATOR' && issue.message.startsWith('unknown operator ""')) return 'Choose an operator.';
  if (issue.code === 'EMPTY_GROUP') return 'Add at least one condition.';
  if (issue.code === 'INVALID_VALUE' && EMPTY_CHOICES[leaf] && issue.message.includes('non-empty')) return EMPTY_CHOICES[leaf];
  if (issue.code === 'EMPTY_LIST' && leaf === 'tags') return 'Add at least one tag.';
  // An input left empty holds '' (never a valid number, option or date): ask for it rather than quote the format.
  if (issue.code === 'INVALID_VALUE' && value === '') return emptyHint;
  const sentence = issue.message.charAt(0).toUpperCase() + issue.message.slice(1);
  return sentence.endsWith('.') || sentence.endsWith('?') ? sentence : `${sentence}.`;
}

const EMPTY_CHOICES: Record<string, string> = {
  teamId: 'Choose a team.',
  userId: 'Choose a person.',
  message: 'Write the message.',
};

/**
 * Issues worth showing: a condition with no field chosen yet reports its operator too, which
 * only repeats the same request, so that second issue is dropped.
 */
export function visibleIssues(issues: readonly Issue[]): Issue[] {
  const blankFields = new Set(issues.filter((i) => i.code === 'UNKNOWN_FIELD' && i.path.endsWith('.field')).map((i) => i.path.slice(0, -'.field'.length)));
  return issues.filter((i) => !(i.code === 'UNKNOWN_OPERATOR' && blankFields.has(i.path.slice(0, -'.operator'.length))));
}

/** The part of `path` below `prefix` (`rules[0].when.all[1]` under `rules[0].when` → `all[1]`), or undefined when not under it. */
export function pathBelow(path: string, prefix: string): string | undefined {
  if (path === prefix) return '';
  if (path.startsWith(`${prefix}.`)) return path.slice(prefix.length + 1);
  if (path.startsWith(`${prefix}[`)) return path.slice(prefix.length);
  return undefined;
}

/** What sits at an issue path (`rules[0].when.all[1].value[0]`) in a document, or undefined. */
export function valueAtPath(root: unknown, path: string): unknown {
  let current = root;
  for (const [, key, index] of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string, unknown>)[key ?? Number(index)];
  }
  return current;
}
