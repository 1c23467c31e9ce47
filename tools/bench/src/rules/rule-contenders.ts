import { compileRuleSet, type FieldCatalogue, type RoutingFacts, type RuleSet } from '@handoff/domain';
import { createJsonLogicRuleSet } from './to-json-logic';
import { createJreRuleSet } from './to-json-rules-engine';
import { BENCH_CATALOGUE } from './vocabulary';

/** Every contender's answer for one ticket, as the indexes of the rules it matched (empty: fallback). */
export type MatchedIndexes = readonly number[];

/** A rules contender reduced to what the agreement check compares. */
export interface RulesAnswerer {
  readonly name: string;
  answer(facts: RoutingFacts): MatchedIndexes | Promise<MatchedIndexes>;
}

/** The first ticket on which two contenders disagree. */
export interface RulesDisagreement {
  readonly ticketIndex: number;
  readonly facts: RoutingFacts;
  readonly answers: readonly { readonly name: string; readonly matched: MatchedIndexes }[];
}

/** Our compiled evaluator, answering with rule indexes (via the ids in its decision). */
export function oursAnswerer(ruleSet: RuleSet, catalogue: FieldCatalogue = BENCH_CATALOGUE): RulesAnswerer {
  const compiled = compileRuleSet(ruleSet, catalogue);
  const indexById = new Map(ruleSet.rules.map((rule, index) => [rule.id, index]));
  return { name: 'ours', answer: (facts) => compiled.evaluate(facts).matchedRuleIds.map((id) => indexById.get(id) ?? -1) };
}

/** The json-logic and json-rules-engine contenders for a rule set (its hit policy decides which loop). */
export function libraryAnswerers(ruleSet: RuleSet): RulesAnswerer[] {
  const logic = createJsonLogicRuleSet(ruleSet);
  const jre = createJreRuleSet(ruleSet);
  const firstMatch = ruleSet.hitPolicy === 'firstMatch';
  return [
    { name: 'json-logic-js', answer: (facts) => (firstMatch ? [logic.firstMatch(facts)].filter((i) => i >= 0) : logic.collectAll(facts)) },
    { name: 'json-rules-engine', answer: (facts) => jre.run(facts) },
  ];
}

const same = (a: MatchedIndexes, b: MatchedIndexes): boolean => a.length === b.length && a.every((value, i) => value === b[i]);

/**
 * Asks every contender about every ticket and returns the first ticket where any answer differs
 * from the first contender's, or undefined when they all agree everywhere.
 */
export async function findRulesDisagreement(answerers: readonly RulesAnswerer[], tickets: readonly RoutingFacts[]): Promise<RulesDisagreement | undefined> {
  for (let ticketIndex = 0; ticketIndex < tickets.length; ticketIndex++) {
    const facts = tickets[ticketIndex] as RoutingFacts;
    const answers = await Promise.all(answerers.map(async (a) => ({ name: a.name, matched: await a.answer(facts) })));
    const reference = answers[0]?.matched ?? [];
    if (answers.some((a) => !same(a.matched, reference))) return { ticketIndex, facts, answers };
  }
  return undefined;
}

/** A disagreement as a few readable lines. */
export function describeRulesDisagreement(d: RulesDisagreement, ruleSet: RuleSet): string {
  const ids = (matched: MatchedIndexes): string => (matched.length === 0 ? '(fallback)' : matched.map((i) => ruleSet.rules[i]?.id ?? `#${i}`).join(', '));
  return [`ticket #${d.ticketIndex}: ${JSON.stringify(d.facts)}`, ...d.answers.map((a) => `  ${a.name}: ${ids(a.matched)}`)].join('\n');
}
