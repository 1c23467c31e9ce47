import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';

/** One problem the server pointed at, in the domain's terms (`rules[2].when.all[0].value`). */
export interface ApiIssue {
  readonly code: string;
  readonly path: string;
  readonly message: string;
}

/** What the admin needs from a failed operation: never raw JSON, always something to show. */
export interface ApiErrorView {
  readonly code: string;
  readonly message: string;
  readonly issues: readonly ApiIssue[];
  /** Set on CONFLICT: the version someone else saved. */
  readonly currentVersion: number | null;
  /** Quote it to an operator: the server logged the details under it. */
  readonly requestId: string | null;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

function readIssues(raw: unknown): ApiIssue[] {
  if (!Array.isArray(raw)) return [];
  return raw.filter(isRecord).map((i) => ({ code: String(i['code'] ?? ''), path: String(i['path'] ?? ''), message: String(i['message'] ?? '') }));
}

/** Turns whatever Apollo Client reports into a view the screens can place next to the field it concerns. */
export function readApiError(error: unknown): ApiErrorView {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const extensions = first?.extensions ?? {};
    const code = typeof extensions['code'] === 'string' ? extensions['code'] : 'UNKNOWN';
    return {
      code,
      message: code === 'INTERNAL_SERVER_ERROR' ? 'The server failed to handle this request.' : (first?.message ?? 'The request failed.'),
      issues: error.errors.flatMap((e) => readIssues(e.extensions?.['issues'])),
      currentVersion: typeof extensions['currentVersion'] === 'number' ? extensions['currentVersion'] : null,
      requestId: typeof extensions['requestId'] === 'string' ? extensions['requestId'] : null,
    };
  }
  if (ServerError.is(error) || ServerParseError.is(error)) {
    return { code: 'SERVER_UNAVAILABLE', message: `The server answered ${error.statusCode}; try again in a moment.`, issues: [], currentVersion: null, requestId: null };
  }
  return { code: 'NETWORK_ERROR', message: 'Could not reach the server. Check that the API is running.', issues: [], currentVersion: null, requestId: null };
}

/** Issues at `path` or below it, for showing next to the part of a form they concern. */
export function issuesUnder(issues: readonly ApiIssue[], path: string): ApiIssue[] {
  return issues.filter((i) => i.path === path || i.path.startsWith(`${path}.`) || i.path.startsWith(`${path}[`));
}
