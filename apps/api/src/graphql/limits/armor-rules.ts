import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ValidationContext, ValidationRule } from 'graphql';
import { queryTooComplex, type QueryLimit } from './limit-errors';
import type { QueryCaps } from './limits-config';

/**
 * graphql-armor's validation rules for depth, aliases, directives and cost, reporting our coded
 * error instead of armor's BAD_USER_INPUT. Plain graphql-js rules, so Apollo (HTTP) and graphql-ws
 * run the very same ones. Fragments are flattened: a field's depth is what it would be written
 * inline, and a fragment only ever adds to the cost (armor prices the spread itself), so fragments
 * hide nothing. Cycles are refused by graphql-js's NoFragmentCycles rule, which runs alongside.
 */
export function armorRules(caps: QueryCaps): ValidationRule[] {
  return armorValidationRules({
    maxDepth: { n: caps.depth, flattenFragments: true, ...reject('depth', caps.depth) },
    // armor exempts `__typename` by default; 500 aliased ones are 500 fields all the same.
    maxAliases: { n: caps.aliases, allowList: [], ...reject('aliases', caps.aliases) },
    maxDirectives: { n: caps.directives, ...reject('directives', caps.directives) },
    costLimit: { maxCost: caps.cost, flattenFragments: true, ...reject('cost', caps.cost) },
  });
}

/** Only armor's cost rule, for documents whose page sizes arrive as variables. */
export function armorCostRule(maxCost: number): ValidationRule[] {
  return armorValidationRules({
    costLimit: { maxCost, flattenFragments: true, ...reject('cost', maxCost) },
    maxDepth: { enabled: false },
    maxAliases: { enabled: false },
    maxDirectives: { enabled: false },
  });
}

type ArmorConfig = NonNullable<ConstructorParameters<typeof ApolloArmor>[0]>;

function armorValidationRules(config: ArmorConfig): ValidationRule[] {
  // Token counting happens in the parser itself (graphql-js `maxTokens`): armor's Apollo plugin
  // parses a second time and its rejection surfaces as an HTTP 500. Suggestions are handled by
  // graphql-js's `hideSuggestions` and by format-limited-error.ts.
  return new ApolloArmor({ ...config, maxTokens: { enabled: false }, blockFieldSuggestion: { enabled: false } }).protect().validationRules;
}

function reject(limit: QueryLimit, max: number) {
  return {
    exposeLimits: true,
    propagateOnRejection: false,
    onAccept: [],
    onReject: [(context: ValidationContext | null, error: Error) => context?.reportError(queryTooComplex(limit, max, error.message))],
  };
}
