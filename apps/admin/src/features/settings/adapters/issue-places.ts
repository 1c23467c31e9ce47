/** Anything with a domain path (`customTriggers[2].phrase`): a live issue or a server one. */
export interface PathIssue {
  readonly code: string;
  readonly path: string;
  readonly message: string;
}

/** True when `path` is `root` or lies below it (`root.x`, `root[3]`). */
export const isUnder = (path: string, root: string): boolean => path === root || path.startsWith(`${root}.`) || path.startsWith(`${root}[`);

/** Issues at or below any of `roots`. */
export const issuesAt = <T extends PathIssue>(issues: readonly T[], ...roots: string[]): T[] => issues.filter((i) => roots.some((root) => isUnder(i.path, root)));

/** Issues under `root` that none of the `placed` fields shows, so the section shows them itself. */
export const leftoverIssues = <T extends PathIssue>(issues: readonly T[], root: string, placed: readonly string[]): T[] =>
  issuesAt(issues, root).filter((i) => !placed.some((p) => isUnder(i.path, p)));

/** The sections of the screen; an issue outside all of them is shown next to the save button. */
export const SECTION_ROOTS = ['builtInTriggers', 'customTriggers', 'process', 'assignment', 'messages', 'unassignedBehaviour'] as const;

/** Issues no shown section claims (the document root, unknown properties, a hidden section). */
export const unplacedIssues = <T extends PathIssue>(issues: readonly T[], shown: readonly string[] = SECTION_ROOTS): T[] =>
  issues.filter((i) => !shown.some((root) => isUnder(i.path, root)));

const ordinal = (n: string): number => Number(n) + 1;

// Messages name places by path ("same phrase and mode as customTriggers[0]", "published version 1.rules[0].then[1]: …"); admins count from one.
const humanize = (message: string): string =>
  message
    .replace(/customTriggers\[(\d+)\]/g, (_, n: string) => `trigger ${ordinal(n)}`)
    .replace(/\.?rules\[(\d+)\]\.then\[(\d+)\]/g, (_, r: string, a: string) => `, rule ${ordinal(r)}, action ${ordinal(a)}`)
    .replace(/\.?rules\[(\d+)\]/g, (_, r: string) => `, rule ${ordinal(r)}`)
    .replace(/\.?fallback\[(\d+)\]/g, (_, a: string) => `, fallback action ${ordinal(a)}`);

/** The text a field shows for its issues, or undefined when it has none (Mantine's `error` prop). */
export function errorText(issues: readonly PathIssue[]): string | undefined {
  const texts = [...new Set(issues.map((i) => humanize(i.message)))].map((m) => m.charAt(0).toUpperCase() + m.slice(1));
  return texts.length === 0 ? undefined : texts.join('. ');
}

/** Live issues first, then the server's that say something new. */
export function mergeIssues<T extends PathIssue>(live: readonly T[], server: readonly T[]): T[] {
  const seen = new Set(live.map((i) => `${i.path}\u0000${i.message}`));
  return [...live, ...server.filter((i) => !seen.has(`${i.path}\u0000${i.message}`))];
}
