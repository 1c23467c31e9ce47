import { compileCharSet } from './compile-char-set';
import type { RegexAssertion, RegexNode } from './regex-ast';
import { type Instruction, isNullable, type ProgramDirection, type RegexProgram } from './regex-program';

type RepeatNode = Extract<RegexNode, { kind: 'repeat' }>;

const MATCH = 0;
const FAIL = 1;

// Read right to left, "start of text" is where the reader ends, and the other way round.
const MIRRORED: Readonly<Record<RegexAssertion, RegexAssertion>> = {
  textStart: 'textEnd',
  textEnd: 'textStart',
  lineStart: 'lineEnd',
  lineEnd: 'lineStart',
  wordBoundary: 'wordBoundary',
  notWordBoundary: 'notWordBoundary',
};

/**
 * Compiles the AST into a Thompson NFA, each node against its continuation, repetitions expanded.
 *
 * With `trackEmptyIterations` (forward only), an optional iteration of a body that can match
 * empty is compiled twice: a copy for "nothing consumed yet in this iteration", whose exit is a
 * dead end, and the normal copy that its first consumed character leads into. That is
 * JavaScript's rule that such an iteration fails, so leftmost-first priorities pick the same
 * match as a backtracking engine. It is exact but can double the size per nesting level, hence
 * the caller measures first (`measureProgram`) and falls back to the plain program.
 */
export function compileProgram(ast: RegexNode, direction: ProgramDirection, trackEmptyIterations = false): RegexProgram {
  const instructions: Instruction[] = [{ op: 'match' }, { op: 'fail' }];
  let usesWordContext = false;
  let usesLineContext = false;
  const emit = (instruction: Instruction): number => instructions.push(instruction) - 1;
  const readingOrder = (items: readonly RegexNode[]): readonly RegexNode[] =>
    direction === 'forward' ? items : [...items].reverse();
  const choose = (greedy: boolean, take: number, skip: number): Instruction =>
    greedy ? { op: 'split', first: take, second: skip } : { op: 'split', first: skip, second: take };

  const emitLeaf = (node: Extract<RegexNode, { kind: 'char' | 'assert' }>, afterChar: number, afterAssert: number) => {
    if (node.kind === 'char') return emit({ op: 'char', test: compileCharSet(node.set), next: afterChar });
    const assertion = direction === 'forward' ? node.assertion : MIRRORED[node.assertion];
    usesWordContext ||= assertion === 'wordBoundary' || assertion === 'notWordBoundary';
    usesLineContext ||= assertion === 'lineStart';
    return emit({ op: 'assert', assertion, next: afterAssert });
  };

  // Normal compilation: `next` is where the thread goes once `node` has matched.
  const compile = (node: RegexNode, next: number): number => {
    switch (node.kind) {
      case 'empty':
        return next;
      case 'char':
      case 'assert':
        return emitLeaf(node, next, next);
      case 'concat':
        return [...readingOrder(node.items)].reverse().reduce((entry, item) => compile(item, entry), next);
      case 'alternate':
        return alternate(node.options.map((option) => compile(option, next)));
      case 'repeat': {
        let entry = compileOptional(node, next).entry;
        for (let i = 0; i < node.min; i += 1) entry = compile(node.body, entry);
        return entry;
      }
    }
  };

  // Inside an iteration that has consumed nothing yet: leave by `nextEmpty` if still nothing is
  // consumed, by `nextConsumed` once something is.
  const compileUntouched = (node: RegexNode, nextEmpty: number, nextConsumed: number): number => {
    switch (node.kind) {
      case 'empty':
        return nextEmpty;
      case 'char':
      case 'assert':
        return emitLeaf(node, nextConsumed, nextEmpty);
      case 'concat': {
        let [empty, consumed] = [nextEmpty, nextConsumed];
        for (const [i, item] of [...readingOrder(node.items).entries()].reverse()) {
          const entry = compileUntouched(item, empty, consumed);
          if (i > 0) consumed = compile(item, consumed);
          empty = entry;
        }
        return empty;
      }
      case 'alternate':
        return alternate(node.options.map((option) => compileUntouched(option, nextEmpty, nextConsumed)));
      case 'repeat':
        return compileUntouchedRepeat(node, nextEmpty, nextConsumed);
    }
  };

  const compileUntouchedRepeat = (node: RepeatNode, nextEmpty: number, nextConsumed: number): number => {
    const optional = compileOptional(node, nextConsumed);
    // Only the first optional iteration can start untouched; an empty one ends the repetition.
    let empty =
      node.max === node.min ? nextEmpty : emit(choose(node.greedy, compileUntouched(node.body, FAIL, optional.second), nextEmpty));
    let consumed = optional.entry;
    for (let i = node.min - 1; i >= 0; i -= 1) {
      const entry = compileUntouched(node.body, empty, consumed);
      if (i > 0) consumed = compile(node.body, consumed);
      empty = entry;
    }
    return empty;
  };

  // The iterations beyond the minimum; `second` is where the first of them continues.
  const compileOptional = (node: RepeatNode, next: number): { entry: number; second: number } => {
    const { body, min, max, greedy } = node;
    const guarded = trackEmptyIterations && isNullable(body);
    const iteration = (after: number): number => (guarded ? compileUntouched(body, FAIL, after) : compile(body, after));
    if (max === undefined) {
      const loop = { op: 'split' as const, first: next, second: next };
      const entry = emit(loop);
      Object.assign(loop, choose(greedy, iteration(entry), next));
      return { entry, second: entry };
    }
    let entry = next;
    let second = next;
    for (let i = max - 1; i >= min; i -= 1) {
      second = entry;
      entry = emit(choose(greedy, iteration(entry), next));
    }
    return { entry, second };
  };

  const alternate = (entries: readonly number[]): number =>
    entries.reduceRight((rest, entry) => emit({ op: 'split', first: entry, second: rest }));

  const start = compile(ast, MATCH);
  return { instructions, start, usesWordContext, usesLineContext };
}
