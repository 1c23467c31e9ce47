import type { Judgement } from './verdict';

/**
 * A refusal with the wrong code is not the refusal the case is about (a forged token answered
 * VALIDATION_FAILED would mean the forgery got past authentication): it counts as failed.
 */
export function withCode(judgement: Judgement | 'data', code: string | undefined, expected: readonly string[]): Judgement {
  if (judgement === 'data') return { verdict: 'failed', why: `accepted; expected ${expected.join(' or ')}` };
  if (judgement.verdict !== 'rejected' || code === undefined || expected.includes(code)) return judgement;
  return { verdict: 'failed', why: `answered ${code}; expected ${expected.join(' or ')}` };
}
