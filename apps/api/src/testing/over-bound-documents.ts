import { RULE_LIMITS, TRIGGER_LIMITS } from '@handoff/domain';
import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';

/** A document past one bound, as JSON text (some nest deeper than JSON.stringify can write), and where the parser must say so. */
export interface OverBoundDocument {
  readonly bound: string;
  readonly json: string;
  /** The issue the parser must report first: its code, and the start of its path. */
  readonly code: string;
  readonly pathPrefix: string;
}

const rule = (i: number, when: string, then = '[]'): string =>
  `{"id":"r${i}","name":"rule ${i}","enabled":true,"when":${when},"then":${then}}`;
const COMPANY_IS_ACME = '{"field":"contact.company","operator":"equals","value":"Acme"}';
const ruleSet = (rules: string[]): string => `{"formatVersion":1,"hitPolicy":"firstMatch","rules":[${rules.join(',')}],"fallback":[]}`;

/** A valid rule set with one rule: what the over-bound ones replace. */
export const VALID_RULE_SET = JSON.parse(ruleSet([rule(0, COMPANY_IS_ACME)])) as object;

/** One rule set past each bound of RULE_LIMITS that a stored document can break. */
export const OVER_BOUND_RULE_SETS: readonly OverBoundDocument[] = [
  {
    bound: `maxRules (${RULE_LIMITS.maxRules + 1} rules)`,
    json: ruleSet(Array.from({ length: RULE_LIMITS.maxRules + 1 }, (_, i) => rule(i, COMPANY_IS_ACME))),
    code: 'LIMIT_EXCEEDED',
    pathPrefix: 'rules',
  },
  {
    bound: 'maxDepth (groups nested 15,000 deep)',
    json: ruleSet([rule(0, `${'{"not":'.repeat(15_000)}${COMPANY_IS_ACME}${'}'.repeat(15_000)}`)]),
    code: 'LIMIT_EXCEEDED',
    pathPrefix: 'rules[0].when.not',
  },
  {
    bound: `maxNodesPerRule (${RULE_LIMITS.maxNodesPerRule + 1} nodes in one rule)`,
    json: ruleSet([rule(0, `{"any":[${Array.from({ length: RULE_LIMITS.maxNodesPerRule }, () => COMPANY_IS_ACME).join(',')}]}`)]),
    code: 'LIMIT_EXCEEDED',
    pathPrefix: 'rules[0].when.any[',
  },
  {
    bound: `maxListItems (${RULE_LIMITS.maxListItems + 1} values)`,
    json: ruleSet([rule(0, JSON.stringify({ field: 'contact.company', operator: 'in', value: Array.from({ length: RULE_LIMITS.maxListItems + 1 }, (_, i) => `t${i}`) }))]),
    code: 'LIMIT_EXCEEDED',
    pathPrefix: 'rules[0].when.value',
  },
  {
    bound: `maxStringLength (a ${RULE_LIMITS.maxStringLength + 1}-character message)`,
    json: ruleSet([rule(0, COMPANY_IS_ACME, JSON.stringify([{ type: 'sendMessage', message: 'm'.repeat(RULE_LIMITS.maxStringLength + 1) }]))]),
    code: 'LIMIT_EXCEEDED',
    pathPrefix: 'rules[0].then[0].message',
  },
];

/** One policy past each bound of the policy and its triggers, built on a valid stored policy document. */
export function overBoundPolicies(valid: Record<string, unknown>): OverBoundDocument[] {
  const withTriggers = (triggers: unknown[]) => JSON.stringify({ ...valid, customTriggers: triggers });
  return [
    {
      bound: `maxTriggers (${TRIGGER_LIMITS.maxTriggers + 1} triggers)`,
      json: withTriggers(Array.from({ length: TRIGGER_LIMITS.maxTriggers + 1 }, (_, i) => ({ id: `t${i}`, phrase: `phrase ${i}`, mode: 'word' }))),
      code: 'LIMIT_EXCEEDED',
      pathPrefix: 'customTriggers',
    },
    {
      bound: `maxPhraseLength (a ${TRIGGER_LIMITS.maxPhraseLength + 1}-character phrase)`,
      json: withTriggers([{ id: 'long', phrase: 'p'.repeat(TRIGGER_LIMITS.maxPhraseLength + 1), mode: 'phrase' }]),
      code: 'LIMIT_EXCEEDED',
      pathPrefix: 'customTriggers[0].phrase',
    },
    {
      bound: `maxIdLength (a ${TRIGGER_LIMITS.maxIdLength + 1}-character trigger id)`,
      json: withTriggers([{ id: 'i'.repeat(TRIGGER_LIMITS.maxIdLength + 1), phrase: 'refund', mode: 'word' }]),
      code: 'LIMIT_EXCEEDED',
      pathPrefix: 'customTriggers[0].id',
    },
    {
      bound: `message length (a ${RULE_LIMITS.maxStringLength + 1}-character visitor message)`,
      json: JSON.stringify({ ...valid, messages: { ...(valid['messages'] as object), ticketUnassigned: 'u'.repeat(RULE_LIMITS.maxStringLength + 1) } }),
      code: 'LIMIT_EXCEEDED',
      pathPrefix: 'messages.ticketUnassigned',
    },
    {
      bound: 'nesting (a property nested 15,000 deep)',
      json: `${JSON.stringify(valid).slice(0, -1)},"deep":${'['.repeat(15_000)}${']'.repeat(15_000)}}`,
      code: 'UNKNOWN_PROPERTY',
      pathPrefix: 'deep',
    },
  ];
}

/**
 * Overwrites a JSON column with raw SQL, bypassing the API, its validation and TypeORM's
 * serialiser (which could not even write the deepest documents): a row as a bad restore, a
 * hand edit or an older release with laxer bounds would have left it.
 */
export async function overwriteStoredJson<T extends ObjectLiteral>(
  dataSource: DataSource,
  entity: EntityTarget<T>,
  column: string,
  json: string,
  where: Record<string, string | number>,
): Promise<void> {
  const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;
  const table = dataSource.getMetadata(entity).tablePath.split('.').map(quote).join('.');
  const postgres = dataSource.options.type === 'postgres';
  const at = (i: number) => (postgres ? `$${i}` : '?');
  const keys = Object.keys(where);
  const conditions = keys.map((key, i) => `${quote(key)} = ${at(i + 2)}`).join(' AND ');
  const runner = dataSource.createQueryRunner();
  try {
    const result = await runner.query(`UPDATE ${table} SET ${quote(column)} = ${at(1)} WHERE ${conditions}`, [json, ...keys.map((k) => where[k])], true);
    if (result.affected !== 1) throw new Error(`Expected to overwrite one row of ${table}, changed ${String(result.affected)}`);
  } finally {
    await runner.release();
  }
}
