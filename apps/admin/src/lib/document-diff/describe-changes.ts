import { describeAvailabilityChanges } from './describe-availability';
import { describePolicyChanges } from './describe-policy';
import { describeRuleSetChanges } from './describe-rule-set';
import { genericLines, type ChangeLine } from './change-line';
import type { DiffNames } from './diff-names';
import { diffJson } from './json-diff';

/** The document shapes that have their own words; anything else is described path by path. */
export type DocumentKind = 'policy' | 'ruleSet' | 'availability' | 'generic';

/** What changed from `before` to `after`, as lines in the admin's words. Empty when nothing did. */
export function describeChanges(kind: DocumentKind, before: unknown, after: unknown, names: DiffNames): ChangeLine[] {
  switch (kind) {
    case 'policy':
      return describePolicyChanges(before, after, names);
    case 'ruleSet':
      return describeRuleSetChanges(before, after, names);
    case 'availability':
      return describeAvailabilityChanges(before, after);
    case 'generic':
      return genericLines(diffJson(before, after));
  }
}
