import type { Contender } from './timing';

/**
 * A contender that runs `decide` over a batch of inputs, `repeat` times. `weigh` folds each
 * answer into a number so the work cannot be optimised away; it should cost next to nothing.
 */
export function syncBatch<I, O>(name: string, inputs: readonly I[], decide: (input: I) => O, weigh: (output: O) => number, repeat = 1): Contender {
  return {
    name,
    operations: inputs.length * repeat,
    run: () => {
      let total = 0;
      for (let r = 0; r < repeat; r++) for (const input of inputs) total += weigh(decide(input));
      return total;
    },
  };
}

/** The same for an asynchronous `decide`, awaited one input at a time (as a request handler would). */
export function asyncBatch<I, O>(name: string, inputs: readonly I[], decide: (input: I) => Promise<O>, weigh: (output: O) => number): Contender {
  return {
    name,
    operations: inputs.length,
    run: async () => {
      let total = 0;
      for (const input of inputs) total += weigh(await decide(input));
      return total;
    },
  };
}

/** How many times to repeat a batch of `size` so that it does about `target` operations. */
export const repeatsFor = (size: number, target: number): number => Math.max(1, Math.round(target / Math.max(1, size)));
