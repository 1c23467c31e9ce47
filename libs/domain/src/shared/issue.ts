/**
 * Every coded problem the domain can report about an input. Codes are stable: the API exposes
 * them as `extensions.code` details and the admin app keys its messages on them.
 */
export type IssueCode =
  | 'INVALID_TYPE'
  | 'MISSING_PROPERTY'
  | 'UNKNOWN_PROPERTY'
  | 'INVALID_ID'
  | 'DUPLICATE_ID'
  | 'UNKNOWN_FIELD'
  | 'UNKNOWN_OPERATOR'
  | 'OPERATOR_NOT_ALLOWED'
  | 'INVALID_VALUE'
  | 'INVALID_RANGE'
  | 'EMPTY_GROUP'
  | 'EMPTY_LIST'
  | 'INVALID_REGEX'
  | 'LIMIT_EXCEEDED'
  | 'UNKNOWN_ACTION'
  | 'INVALID_ACTION'
  | 'UNSUPPORTED_VERSION'
  | 'EMPTY_PHRASE'
  | 'DUPLICATE_TRIGGER'
  | 'INVALID_TIME_ZONE'
  | 'INVALID_POLICY';

/** One coded problem, with a path into the input such as `rules[3].when.any[1].value`. */
export interface Issue {
  readonly code: IssueCode;
  readonly path: string;
  readonly message: string;
}

/** Builds an issue. */
export const issue = (code: IssueCode, path: string, message: string): Issue => ({ code, path, message });

/** Joins a path and a property name the way issue paths are written (`a.b`, or `b` at the root). */
export const pathProp = (path: string, prop: string): string => (path === '' ? prop : `${path}.${prop}`);

/** Joins a path and an array index (`a[3]`). */
export const pathIndex = (path: string, index: number): string => `${path}[${index}]`;
