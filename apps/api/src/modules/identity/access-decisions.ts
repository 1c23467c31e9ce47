import { getMetadataStorage } from 'type-graphql';

/** Root fields anyone may call without credentials: the ways to get credentials. */
export const PUBLIC_OPERATIONS: ReadonlySet<string> = new Set(['signIn', 'refreshSession', 'signOut']);

/**
 * Root fields (queries, mutations, subscriptions) of the given resolvers that have neither an
 * `@Authorized` decision nor a place in PUBLIC_OPERATIONS. The schema refuses to build while any
 * exist, so a new operation cannot ship open by accident.
 */
export function undecidedOperations(resolvers: readonly object[]): string[] {
  const storage = getMetadataStorage();
  const decided = new Set(storage.authorizedFields.map((a) => `${a.target.name}.${a.fieldName}`));
  const decidedClasses = new Set(storage.authorizedResolver.map((a) => a.target));
  return [...storage.queries, ...storage.mutations, ...storage.subscriptions]
    .filter((h) => resolvers.includes(h.target))
    .filter((h) => !decidedClasses.has(h.target) && !decided.has(`${h.target.name}.${h.methodName}`) && !PUBLIC_OPERATIONS.has(h.schemaName))
    .map((h) => h.schemaName);
}

/** The roles `@Authorized` names on each root field (an empty list: any principal), or 'public'. */
export function accessDecisions(resolvers: readonly object[]): Map<string, readonly string[] | 'public'> {
  const storage = getMetadataStorage();
  const decisions = new Map<string, readonly string[] | 'public'>();
  for (const h of [...storage.queries, ...storage.mutations, ...storage.subscriptions].filter((x) => resolvers.includes(x.target))) {
    const field = storage.authorizedFields.find((a) => a.target === h.target && a.fieldName === h.methodName);
    if (field) decisions.set(h.schemaName, field.roles as string[]);
    else if (PUBLIC_OPERATIONS.has(h.schemaName)) decisions.set(h.schemaName, 'public');
  }
  return decisions;
}
