import { GraphQLError, type DocumentNode, type GraphQLSchema } from 'graphql';
import type { QueryCaps } from './limits-config';
import { createPageSizeCostCheck } from './page-size-cost';

/** Deepest nesting of objects and lists a request's variables may have. */
export const MAX_VARIABLES_DEPTH = 64;

/** A check of one operation once its variables are known, before anything runs; null when it passes. */
export type OperationCheck = (
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Readonly<Record<string, unknown>> | null | undefined,
) => GraphQLError | null;

/**
 * What validation cannot see because it depends on the variables, for both transports: variables
 * nested deeper than any input of the schema needs (deep enough ones overflow the stack of any
 * recursive code that reads them, JSON.stringify included), and the cost with the actual page sizes.
 */
export function createOperationCheck(schema: GraphQLSchema, caps: QueryCaps): OperationCheck {
  const pageSizeCost = createPageSizeCostCheck(schema, caps.cost);
  return (document, operationName, variables) => {
    if (nestsDeeperThan(variables, MAX_VARIABLES_DEPTH)) {
      return new GraphQLError(`Variables may nest at most ${MAX_VARIABLES_DEPTH} levels deep`, { extensions: { code: 'BAD_USER_INPUT' } });
    }
    return pageSizeCost(document, operationName, variables);
  };
}

/** Whether a JSON value nests objects or lists deeper than `max`; iterative, so any depth is safe to measure. */
export function nestsDeeperThan(value: unknown, max: number): boolean {
  const pending: [unknown, number][] = [[value, 0]];
  while (pending.length > 0) {
    const [current, depth] = pending.pop() as [unknown, number];
    if (typeof current !== 'object' || current === null) continue;
    if (depth + 1 > max) return true;
    for (const child of Object.values(current)) pending.push([child, depth + 1]);
  }
  return false;
}
