import type { CodePointTest } from './compile-char-set';
import type { RegexAssertion, RegexNode } from './regex-ast';

/** One step of a Thompson NFA. In a split, `first` is the preferred branch (leftmost-first priority). */
export type Instruction =
  | { readonly op: 'char'; readonly test: CodePointTest; readonly next: number }
  | { readonly op: 'split'; first: number; second: number }
  | { readonly op: 'assert'; readonly assertion: RegexAssertion; readonly next: number }
  | { readonly op: 'match' }
  | { readonly op: 'fail' };

/** A compiled NFA: instruction 0 is the match, instruction 1 a dead end, `start` the entry. */
export interface RegexProgram {
  readonly instructions: readonly Instruction[];
  readonly start: number;
  /** Whether some `\b`/`\B` needs to know if the previous character is a word character. */
  readonly usesWordContext: boolean;
  /** Whether some multiline `^` needs to know if the previous character ends a line. */
  readonly usesLineContext: boolean;
}

/** Which way the program reads the text: a reverse program matches the reversed language, right to left. */
export type ProgramDirection = 'forward' | 'reverse';

/** Whether `node` can match the empty string. */
export function isNullable(node: RegexNode): boolean {
  switch (node.kind) {
    case 'char':
      return false;
    case 'concat':
      return node.items.every(isNullable);
    case 'alternate':
      return node.options.some(isNullable);
    case 'repeat':
      return node.min === 0 || isNullable(node.body);
    default:
      return true;
  }
}

/**
 * Number of instructions `compileProgram` emits for `node`, computed without emitting them (so a
 * pattern can be refused, or empty-iteration tracking skipped, before any work is done).
 */
export function measureProgram(node: RegexNode, trackEmptyIterations: boolean): number {
  const sizes = new Map<RegexNode, readonly [number, number]>();
  // [size when compiled normally, size when compiled inside an iteration that has not consumed yet]
  const measure = (n: RegexNode): readonly [number, number] => {
    const known = sizes.get(n);
    if (known !== undefined) return known;
    const result = measureNode(n, measure, trackEmptyIterations);
    sizes.set(n, result);
    return result;
  };
  return 2 + measure(node)[0];
}

function measureNode(
  node: RegexNode,
  measure: (n: RegexNode) => readonly [number, number],
  track: boolean,
): readonly [number, number] {
  switch (node.kind) {
    case 'empty':
      return [0, 0];
    case 'char':
    case 'assert':
      return [1, 1];
    case 'concat': {
      const parts = node.items.map(measure);
      const normal = parts.reduce((sum, [n]) => sum + n, 0);
      // Inside an iteration that has not consumed yet, every item but the first also needs its normal copy.
      return [normal, parts.reduce((sum, [, e]) => sum + e, 0) + normal - (parts[0] as readonly [number, number])[0]];
    }
    case 'alternate': {
      const parts = node.options.map(measure);
      const splits = parts.length - 1;
      return [parts.reduce((sum, [n]) => sum + n, splits), parts.reduce((sum, [, e]) => sum + e, splits)];
    }
    case 'repeat': {
      const [bodyN, bodyE] = measure(node.body);
      const iteration = track && isNullable(node.body) ? bodyE : bodyN;
      const optional = node.max === undefined ? 1 + iteration : (node.max - node.min) * (1 + iteration);
      const normal = node.min * bodyN + optional;
      const firstOptional = node.max === node.min ? 0 : 1 + bodyE;
      return [normal, optional + firstOptional + node.min * bodyE + Math.max(0, node.min - 1) * bodyN];
    }
  }
}
