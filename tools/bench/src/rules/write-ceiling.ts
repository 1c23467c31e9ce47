import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES_200, REGENERATE_CEILING } from './bench-data';
import { generateIfChainSource } from './generate-if-chain';
import { generateRuleSet } from './generate-rule-set';

/** Where the committed ceiling lives. */
export const CEILING_FILE = join(__dirname, 'generated', 'ceiling-200.ts');

/** The ceiling's source as it should be for the current generator. */
export function expectedCeilingSource(): string {
  return generateIfChainSource(generateRuleSet({ ...RULES_200, hitPolicy: 'firstMatch' }), {
    description: `The ${RULES_200.rules}-rule benchmark set (seed ${RULES_200.seed}) as a hand-written-style if chain: the P1/P2 ceiling.`,
    regenerate: REGENERATE_CEILING,
  });
}

if (require.main === module) {
  writeFileSync(CEILING_FILE, expectedCeilingSource());
  console.log(`wrote ${CEILING_FILE}`);
}
