import { issuesUnder, type ApiIssue } from '../../../lib/errors/read-api-error';

/** The server's messages for one input (its path and below), joined; undefined when it has none. */
export function issueAt(issues: readonly ApiIssue[], path: string): string | undefined {
  const found = issuesUnder(issues, path);
  return found.length > 0 ? found.map((i) => i.message).join('; ') : undefined;
}
