import { isLineTerminator, isWordCodePoint } from './char-ranges';
import type { RegexAssertion } from './regex-ast';
import { numberAt } from './number-at';
import type { RegexProgram } from './regex-program';

// Context bits: what the text says about the position a state sits at.
const AT_TEXT_START = 1;
const AFTER_WORD = 2;
const AFTER_LINE_END = 4;

/** States kept before the cache is dropped and rebuilt: memory stays bounded and every step stays O(program). */
export const MAX_DFA_STATES = 4_096;

/** Transitions kept before the cache is dropped: text with many distinct characters must not grow it forever. */
export const MAX_DFA_TRANSITIONS = 100_000;

/** A DFA state: NFA threads waiting to read a character, in priority order, plus what came before. */
export interface DfaState {
  readonly threads: Int32Array;
  readonly context: number;
  readonly low: Array<DfaTransition | undefined>;
  readonly high: Map<number, DfaTransition>;
  endMatch: boolean | undefined;
}

/** Reading one code point: where it leads, and whether a match ended just before it. */
export interface DfaTransition {
  readonly next: DfaState;
  readonly matchedBefore: boolean;
}

/** How the DFA treats threads: `leftmostFirst` cuts lower-priority threads at a match; `unanchored` restarts at every position. */
export interface LazyDfaMode {
  readonly leftmostFirst: boolean;
  readonly unanchored: boolean;
}

/**
 * A DFA built on demand from an NFA, one transition at a time, cached per code point (an array
 * below 256, a Map above). Each new transition costs one walk of the program, and at most one is
 * built per character read, so matching is O(program × text) at worst and O(text) once warm.
 */
export class LazyDfa {
  // Keyed by a hash of (context, threads); a bucket holds the rare states that share a hash.
  private readonly states = new Map<number, DfaState[]>();
  private stateCount = 0;
  // Start states by context: asked for on every search, so kept at hand (cleared with the cache).
  private startStates: Array<DfaState | undefined> = [];
  private transitionCount = 0;
  private readonly visited: Int32Array;
  private readonly queued: Int32Array;
  private readonly stack: Int32Array;
  private readonly out: Int32Array;
  private outLength = 0;
  private generation = 0;

  constructor(
    private readonly program: RegexProgram,
    private readonly mode: LazyDfaMode,
  ) {
    const size = program.instructions.length;
    this.visited = new Int32Array(size);
    this.queued = new Int32Array(size);
    // Each instruction is expanded at most once and pushes at most two successors, plus the seeds.
    this.stack = new Int32Array(3 * size + 2);
    this.out = new Int32Array(size);
  }

  /** How many states the cache holds now; never above `MAX_DFA_STATES`. */
  get cachedStateCount(): number {
    return this.stateCount;
  }

  /** How many transitions the cache holds now; never above `MAX_DFA_TRANSITIONS`. */
  get cachedTransitionCount(): number {
    return this.transitionCount;
  }

  /** The state before reading anything, given the code point before the start (undefined at the text's start). */
  startState(before: number | undefined): DfaState {
    const context = this.contextAfter(before);
    return (this.startStates[context] ??= this.intern(Int32Array.of(this.program.start), context));
  }

  /** This DFA's state for the threads and context of another DFA's state over the same program (a mode switch mid-scan). */
  adopt(state: DfaState): DfaState {
    return this.intern(state.threads, state.context);
  }

  /** Reads `cp` from `state`, building and caching the transition the first time. */
  step(state: DfaState, cp: number): DfaTransition {
    const cached = cp < 256 ? state.low[cp] : state.high.get(cp);
    if (cached !== undefined) return cached;
    if (this.transitionCount >= MAX_DFA_TRANSITIONS) this.dropCache();
    const matched = this.advance(state, cp);
    const transition = { next: this.intern(this.takeOut(), this.contextAfter(cp)), matchedBefore: matched };
    if (cp < 256) state.low[cp] = transition;
    else state.high.set(cp, transition);
    this.transitionCount += 1;
    return transition;
  }

  /** Whether a match ends at the end of the text when the reader is in `state`. */
  matchesAtEnd(state: DfaState): boolean {
    state.endMatch ??= this.advance(state, -1);
    return state.endMatch;
  }

  private contextAfter(cp: number | undefined): number {
    if (cp === undefined) return AT_TEXT_START;
    const word = this.program.usesWordContext && isWordCodePoint(cp) ? AFTER_WORD : 0;
    return word | (this.program.usesLineContext && isLineTerminator(cp) ? AFTER_LINE_END : 0);
  }

  private takeOut(): Int32Array {
    const threads = this.out.slice(0, this.outLength);
    // Without priorities the order is irrelevant: sorting merges states that differ only by it.
    if (!this.mode.leftmostFirst) threads.sort();
    return threads;
  }

  private intern(threads: Int32Array, context: number): DfaState {
    let hash = Math.imul(context + 1, 0x9e3779b1);
    for (let i = 0; i < threads.length; i += 1) hash = Math.imul(hash ^ numberAt(threads, i), 0x01000193);
    // Small integers make cheaper Map keys than arbitrary 32-bit ones.
    const key = hash & 0x3fffffff;
    for (const existing of this.states.get(key) ?? []) {
      if (existing.context === context && sameThreads(existing.threads, threads)) return existing;
    }
    if (this.stateCount >= MAX_DFA_STATES) this.dropCache();
    const state: DfaState = { threads, context, low: new Array(256), high: new Map(), endMatch: undefined };
    const target = this.states.get(key);
    if (target === undefined) this.states.set(key, [state]);
    else target.push(state);
    this.stateCount += 1;
    return state;
  }

  // Dropping the whole cache keeps memory bounded; states the caller still holds stay valid, and
  // the walk moves on to fresh states at its next new transition.
  private dropCache(): void {
    this.states.clear();
    this.startStates = [];
    this.stateCount = 0;
    this.transitionCount = 0;
  }

  // Stamps instead of clearing the marks on every step; the marks are reset once the counter runs out.
  private nextGeneration(): number {
    if (this.generation === 0x7fffffff) {
      this.visited.fill(0);
      this.queued.fill(0);
      this.generation = 0;
    }
    this.generation += 1;
    return this.generation;
  }

  // Follows every thread's empty moves in priority order (a Pike VM step), then reads `cp` (-1: end
  // of text) into `out`. Returns whether the match instruction was reached.
  private advance(state: DfaState, cp: number): boolean {
    const { instructions, start } = this.program;
    const { visited, queued, stack, out } = this;
    const generation = this.nextGeneration();
    const seeds = state.threads;
    const seedCount = seeds.length + (this.mode.unanchored ? 1 : 0);
    let outLength = 0;
    let matched = false;
    this.outLength = 0;
    for (let s = 0; s < seedCount; s += 1) {
      stack[0] = s < seeds.length ? numberAt(seeds, s) : start;
      let top = 1;
      while (top > 0) {
        top -= 1;
        const pc = numberAt(stack, top);
        if (visited[pc] === generation) continue;
        visited[pc] = generation;
        const instruction = instructions[pc];
        switch (instruction?.op) {
          case 'char':
            if (cp >= 0 && queued[instruction.next] !== generation && instruction.test(cp)) {
              queued[instruction.next] = generation;
              out[outLength] = instruction.next;
              outLength += 1;
            }
            break;
          case 'match':
            matched = true;
            if (this.mode.leftmostFirst) {
              this.outLength = outLength;
              return true;
            }
            break;
          case 'split':
            stack[top] = instruction.second;
            stack[top + 1] = instruction.first;
            top += 2;
            break;
          case 'assert':
            if (holds(instruction.assertion, state.context, cp)) {
              stack[top] = instruction.next;
              top += 1;
            }
            break;
          default:
            break;
        }
      }
    }
    this.outLength = outLength;
    return matched;
  }
}

function sameThreads(a: Int32Array, b: Int32Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return false;
  return true;
}

function holds(assertion: RegexAssertion, context: number, next: number): boolean {
  switch (assertion) {
    case 'textStart':
      return (context & AT_TEXT_START) !== 0;
    case 'textEnd':
      return next < 0;
    case 'lineStart':
      return (context & (AT_TEXT_START | AFTER_LINE_END)) !== 0;
    case 'lineEnd':
      return next < 0 || isLineTerminator(next);
    case 'wordBoundary':
      return (context & AFTER_WORD) !== 0 !== (next >= 0 && isWordCodePoint(next));
    case 'notWordBoundary':
      return (context & AFTER_WORD) !== 0 === (next >= 0 && isWordCodePoint(next));
  }
}
