import { performance } from 'node:perf_hooks';

/** One contender of a benchmark: `run` does `operations` units of work (decisions, messages) once. */
export interface Contender {
  readonly name: string;
  readonly operations: number;
  run(): unknown;
}

/** How one contender did: every round's time, the median, and the rate that median gives. */
export interface Timing {
  readonly name: string;
  readonly operations: number;
  readonly samplesMs: readonly number[];
  readonly medianMs: number;
  /** Operations per second at the median round. */
  readonly rate: number;
}

/** How many rounds to throw away (JIT warm-up) and how many to keep. */
export interface RoundPlan {
  readonly warmupRounds: number;
  readonly rounds: number;
}

// Results land here so the optimiser cannot prove a contender's work useless and drop it.
let sink: unknown;

/** The median of a non-empty list of numbers. */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of nothing');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

async function timeOnce(contender: Contender): Promise<number> {
  const start = performance.now();
  const result = contender.run();
  sink = result instanceof Promise ? await result : result;
  return performance.now() - start;
}

/**
 * Times contenders in interleaved rounds (each round runs every contender once, the starting
 * contender rotating), so machine noise — another process, a GC, a frequency change — lands on
 * all of them alike instead of on whoever happened to run during it.
 */
export async function timeInterleaved(contenders: readonly Contender[], plan: RoundPlan): Promise<Timing[]> {
  const samples = contenders.map((): number[] => []);
  for (let round = 0; round < plan.warmupRounds + plan.rounds; round++) {
    for (let k = 0; k < contenders.length; k++) {
      const index = (round + k) % contenders.length;
      const elapsed = await timeOnce(contenders[index] as Contender);
      if (round >= plan.warmupRounds) samples[index]?.push(elapsed);
    }
  }
  return contenders.map((contender, index) => {
    const samplesMs = samples[index] ?? [];
    const medianMs = median(samplesMs);
    return { name: contender.name, operations: contender.operations, samplesMs, medianMs, rate: (contender.operations / medianMs) * 1000 };
  });
}

/** The median wall time of `repeat` calls of `fn`, after one untimed call. */
export function medianTimeMs(fn: () => unknown, repeat: number): { readonly medianMs: number; readonly samplesMs: readonly number[] } {
  sink = fn();
  const samplesMs: number[] = [];
  for (let i = 0; i < repeat; i++) {
    const start = performance.now();
    sink = fn();
    samplesMs.push(performance.now() - start);
  }
  return { medianMs: median(samplesMs), samplesMs };
}

/** Keeps the last result reachable; exported so the sink is observably used. */
export const lastSink = (): unknown => sink;
