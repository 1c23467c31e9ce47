import type { CustomTrigger } from '@handoff/domain';
import { repeatsFor, syncBatch } from '../lib/batch';
import { failDisagreement, formatRate, formatRatio, printGoals, printTable, readMachineInfo, writeResults, type GoalCheck } from '../lib/report';
import { timeInterleaved, type RoundPlan, type Timing } from '../lib/timing';
import { buildTriggerContenders, findTriggerDisagreement } from './trigger-contenders';

/** How P5 is sized: the baselines are timed on a prefix of the messages. */
export interface TriggerBenchPlan {
  readonly naiveMessages: number;
  readonly bigRegExpMessages: number;
  readonly rounds: RoundPlan;
}

const TITLE = 'P5 trigger matching';
const rateOf = (timings: readonly Timing[], name: string): number => timings.find((t) => t.name === name)?.rate ?? Number.NaN;

/** Counts per mode, the fired share and message lengths: what the data looks like. */
function describeData(triggers: readonly CustomTrigger[], messages: readonly string[], firedShare: number): Record<string, unknown> {
  const modes: Record<string, number> = {};
  for (const t of triggers) modes[t.mode] = (modes[t.mode] ?? 0) + 1;
  const lengths = messages.map((m) => m.length).sort((a, b) => a - b);
  return { phrases: triggers.length, modes, messages: messages.length, firedShare, length: { min: lengths[0], median: lengths[lengths.length >> 1], max: lengths.at(-1) } };
}

/**
 * P5: ours (`match`: every occurrence of every trigger) against a naive indexOf loop and one big
 * alternation RegExp scanning the whole message, after the agreement check on every message.
 */
export async function runTriggerBench(triggers: readonly CustomTrigger[], messages: readonly string[], plan: TriggerBenchPlan): Promise<void> {
  const contenders = buildTriggerContenders(triggers);
  const disagreement = findTriggerDisagreement(contenders, triggers, messages, { naive: messages.length, bigRegExp: messages.length });
  if (disagreement) failDisagreement(TITLE, `message #${disagreement.messageIndex}: ${JSON.stringify(disagreement.message)}\n  ${disagreement.detail}`);
  console.log(`\n${TITLE}: on all ${messages.length} messages the naive loop fires exactly ours' trigger ids, and the big RegExp agrees on whether anything fires and where the leftmost match starts.`);

  const { ours, naive, bigRegExp } = contenders;
  const naiveSlice = messages.slice(0, plan.naiveMessages);
  const regexpSlice = messages.slice(0, plan.bigRegExpMessages);
  const match = (m: string) => ours.match(m);
  const count = (found: readonly unknown[]): number => found.length;
  const timings = await timeInterleaved(
    [
      syncBatch('ours', messages, match, count),
      syncBatch('naive indexOf loop', naiveSlice, (m) => naive.firedIds(m), count),
      syncBatch('one big RegExp', regexpSlice, (m) => bigRegExp.countMatches(m), (n) => n),
      syncBatch('ours, on the naive loop messages', naiveSlice, match, count, repeatsFor(naiveSlice.length, messages.length)),
      syncBatch('ours, on the big RegExp messages', regexpSlice, match, count, repeatsFor(regexpSlice.length, messages.length)),
    ],
    plan.rounds,
  );
  const vsNaive = rateOf(timings, 'ours, on the naive loop messages') / rateOf(timings, 'naive indexOf loop');
  const vsRegExp = rateOf(timings, 'ours, on the big RegExp messages') / rateOf(timings, 'one big RegExp');
  const firedShare = messages.filter((m) => ours.match(m).length > 0).length / messages.length;
  const data = describeData(triggers, messages, firedShare);
  const versus: Readonly<Record<string, number>> = { 'naive indexOf loop': vsNaive, 'one big RegExp': vsRegExp };

  printTable(`${TITLE} — ${triggers.length} phrases × ${messages.length} messages`, ['contender', 'messages timed', 'median round', 'messages/s', 'ours ÷ it'], timings.map((t) => {
    const ratio = versus[t.name];
    return [t.name, String(t.operations), `${t.medianMs.toFixed(1)} ms`, formatRate(t.rate), ratio === undefined ? '' : formatRatio(ratio)];
  }));
  console.log(`\nData: ${JSON.stringify(data)}; the big RegExp's source is ${bigRegExp.source.length.toLocaleString('en-US')} characters.`);
  const goals: GoalCheck[] = [
    { goal: '≥ 20× the naive loop', measured: formatRatio(vsNaive), pass: vsNaive >= 20 },
    { goal: '≥ 3× the big RegExp', measured: formatRatio(vsRegExp), pass: vsRegExp >= 3 },
  ];
  printGoals(`${TITLE}: goals`, goals);
  writeResults('p5-triggers', {
    benchmark: TITLE,
    machine: readMachineInfo(),
    data,
    agreement: {
      naive: 'identical set of fired trigger ids on every message',
      bigRegExp: 'same "fired" boolean and same leftmost match start (in the normalised text) on every message; an alternation reports one alternative per place, so sets cannot be compared',
      messages: messages.length,
      agree: true,
    },
    rounds: plan.rounds,
    timings,
    ratios: { vsNaive, vsBigRegExp: vsRegExp },
    goals,
  });
}
