import { issue, parseRuleSet, pathIndex, pathProp, type Action, type Issue, type Result, type RuleSet, err, ok } from '@handoff/domain';
import type { EntityManager } from 'typeorm';
import { TeamRepository } from '../people/team.repository';
import { UserRepository } from '../people/user.repository';

/** Maps a path inside a rule set to where it came from in the request (`rules[2].name` → `input.rule.name`). */
export type PathRebase = (path: string) => string;

/** Everything under `root` (the usual case: the whole rule set was the input). */
export const underRoot =
  (root: string): PathRebase =>
  (path) =>
    path === '' ? root : path.startsWith('[') ? `${root}${path}` : `${root}.${path}`;

/**
 * A rule set edited through a single rule: issues inside that rule point at the rule input,
 * anything else (a duplicate id elsewhere, the rule count) at the draft as a whole.
 */
export const underRule = (ruleIndex: number, ruleRoot: string, draftRoot: string): PathRebase => {
  const prefix = pathIndex('rules', ruleIndex);
  const rest = underRoot(draftRoot);
  return (path) => (path === prefix ? ruleRoot : path.startsWith(`${prefix}.`) ? `${ruleRoot}${path.slice(prefix.length)}` : rest(path));
};

/**
 * Validates a whole rule set with the domain parser, then checks that every user and team it
 * assigns to exists in this workspace (INVALID_ID). Issues are rebased into the request.
 */
export async function validateRuleSet(manager: EntityManager, workspaceId: string, input: unknown, rebase: PathRebase): Promise<Result<RuleSet, Issue[]>> {
  const parsed = parseRuleSet(input);
  if (!parsed.ok) return err(parsed.error.map((i) => ({ ...i, path: rebase(i.path) })));
  const refs = actionsWithPaths(parsed.value);
  const userIds = new Set(refs.flatMap(({ action }) => (action.type === 'assignUser' ? [action.userId] : [])));
  const teamIds = new Set(refs.flatMap(({ action }) => (action.type === 'assignTeam' ? [action.teamId] : [])));
  const [users, teams] = await Promise.all([
    new UserRepository(manager).findByIds(workspaceId, [...userIds]),
    new TeamRepository(manager).findByIds(workspaceId, [...teamIds]),
  ]);
  const knownUsers = new Set(users.map((u) => u.id));
  const knownTeams = new Set(teams.map((t) => t.id));
  const issues: Issue[] = [];
  for (const { action, path } of refs) {
    if (action.type === 'assignUser' && !knownUsers.has(action.userId)) {
      issues.push(issue('INVALID_ID', rebase(pathProp(path, 'userId')), `no user ${action.userId} in this workspace`));
    }
    if (action.type === 'assignTeam' && !knownTeams.has(action.teamId)) {
      issues.push(issue('INVALID_ID', rebase(pathProp(path, 'teamId')), `no team ${action.teamId} in this workspace`));
    }
  }
  return issues.length > 0 ? err(issues) : ok(parsed.value);
}

function actionsWithPaths(ruleSet: RuleSet): { action: Action; path: string }[] {
  const rules = ruleSet.rules.flatMap((rule, i) => rule.then.map((action, j) => ({ action, path: pathIndex(pathProp(pathIndex('rules', i), 'then'), j) })));
  return [...rules, ...ruleSet.fallback.map((action, j) => ({ action, path: pathIndex('fallback', j) }))];
}
