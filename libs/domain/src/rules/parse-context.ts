import type { RegexSyntaxError } from '../safe-regex/safe-regex';
import type { Issue } from '../shared/issue';
import type { FieldCatalogue } from './field-catalogue';

/** The state one `parseRuleSet` call threads through its helpers. */
export interface ParseContext {
  readonly catalogue: FieldCatalogue;
  /** Every issue found so far, in input order. */
  readonly issues: Issue[];
  /** Rule id → path of the rule that used it first. */
  readonly ruleIds: Map<string, string>;
  /** Condition nodes seen in the current rule and in the whole set. */
  ruleNodes: number;
  setNodes: number;
  /** Unknown-name suggestions left: each costs an edit-distance scan of the catalogue. */
  suggestionsLeft: number;
  /** Each distinct pattern (with its ignoreCase) compiled once per parse: its error, or null when it compiles. */
  readonly patternErrors: Map<string, RegexSyntaxError | null>;
}

// Enough to help a human fix a handful of typos, few enough that a hostile input full of
// unknown names cannot turn the suggestions into the slow part of a parse.
const MAX_SUGGESTIONS = 100;

/** Starts a parse. */
export const createParseContext = (catalogue: FieldCatalogue): ParseContext => ({
  catalogue,
  issues: [],
  ruleIds: new Map(),
  ruleNodes: 0,
  setNodes: 0,
  suggestionsLeft: MAX_SUGGESTIONS,
  patternErrors: new Map(),
});
