/** An Aho–Corasick automaton over UTF-16 units: finds every occurrence of many patterns in one pass. */
export interface PhraseAutomaton {
  /**
   * Calls `onHit(pattern, end)` for every occurrence of every pattern in `text`, in order of `end`
   * (exclusive), longest pattern first at the same end; stops as soon as `onHit` returns true.
   */
  scan(text: string, onHit: (pattern: number, end: number) => boolean): void;
}

// Typed-array reads below are cast `as number`: every index is in bounds by construction, and a
// `?? fallback` would put a dead branch in the hot loop.
const ROOT = 0;
const NONE = -1;
// Above this many children a node's edges are binary-searched rather than scanned.
const LINEAR_EDGES = 8;

/** A trie in compressed sparse rows: node `n`'s edges are `edgeStart[n]` up to `edgeStart[n + 1]`, by label. */
interface Trie {
  readonly size: number;
  readonly edgeStart: Int32Array;
  readonly edgeLabel: Uint16Array;
  readonly edgeTarget: Int32Array;
  /** The pattern ending at each node, or NONE. */
  readonly terminal: Int32Array;
}

/**
 * Builds the automaton for non-empty `patterns` (pattern numbers are their indexes; a repeated
 * pattern reports under its first index). The root's transitions are a dense 64K table because
 * almost every step of a scan passes through it; other nodes keep sorted edges in typed arrays.
 */
export function buildPhraseAutomaton(patterns: readonly string[]): PhraseAutomaton {
  const { edgeStart, edgeLabel, edgeTarget, terminal, size } = buildTrie(patterns);
  const rootTable = new Int32Array(0x10000);
  for (let e = edgeStart[ROOT] as number; e < (edgeStart[ROOT + 1] as number); e++) rootTable[edgeLabel[e] as number] = edgeTarget[e] as number;
  const child = (node: number, label: number): number => {
    let lo = edgeStart[node] as number;
    let hi = edgeStart[node + 1] as number;
    if (hi - lo <= LINEAR_EDGES) {
      for (; lo < hi; lo++) if (edgeLabel[lo] === label) return edgeTarget[lo] as number;
      return NONE;
    }
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const found = edgeLabel[mid] as number;
      if (found === label) return edgeTarget[mid] as number;
      if (found < label) lo = mid + 1;
      else hi = mid;
    }
    return NONE;
  };
  const { fail, output, nextOutput } = linkFailures({ edgeStart, edgeLabel, edgeTarget, terminal, size }, child);

  return {
    scan(text, onHit) {
      let state = ROOT;
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        let next = NONE;
        while (next === NONE) {
          if (state === ROOT) next = rootTable[c] as number;
          else {
            next = child(state, c);
            if (next === NONE) state = fail[state] as number;
          }
        }
        state = next;
        for (let o = output[state] as number; o !== ROOT; o = nextOutput[o] as number) {
          if (onHit(terminal[o] as number, i + 1)) return;
        }
      }
    },
  };
}

// Inserting the patterns in sorted order means each one only shares a path with the one before
// it, so no per-node child maps are needed, and every node's children come in label order.
function buildTrie(patterns: readonly string[]): Trie {
  const order = patterns.map((_, index) => index).sort((a, b) => compareUnits(patterns[a] as string, patterns[b] as string));
  const parents: number[] = [NONE];
  const labels: number[] = [0];
  const terminal: number[] = [NONE];
  const path: number[] = [ROOT];
  let previous = '';
  for (const index of order) {
    const text = patterns[index] as string;
    let shared = 0;
    while (shared < text.length && shared < previous.length && text.charCodeAt(shared) === previous.charCodeAt(shared)) shared++;
    path.length = shared + 1;
    for (let k = shared; k < text.length; k++) {
      path.push(terminal.length);
      parents.push(path[k] as number);
      labels.push(text.charCodeAt(k));
      terminal.push(NONE);
    }
    const end = path[text.length] as number;
    if (terminal[end] === NONE) terminal[end] = index;
    previous = text;
  }
  const size = terminal.length;
  const edgeStart = new Int32Array(size + 1);
  for (let node = 1; node < size; node++) (edgeStart[(parents[node] as number) + 1] as number)++;
  for (let node = 0; node < size; node++) edgeStart[node + 1] = (edgeStart[node + 1] as number) + (edgeStart[node] as number);
  const fill = edgeStart.slice(0, size);
  const edgeLabel = new Uint16Array(Math.max(size - 1, 0));
  const edgeTarget = new Int32Array(Math.max(size - 1, 0));
  for (let node = 1; node < size; node++) {
    const slot = (fill[parents[node] as number] as number)++;
    edgeLabel[slot] = labels[node] as number;
    edgeTarget[slot] = node;
  }
  return { size, edgeStart, edgeLabel, edgeTarget, terminal: Int32Array.from(terminal) };
}

const compareUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Failure links by breadth-first search, plus output chains: `output[node]` is the first node at or
 * below `node` on its failure chain that ends a pattern, `nextOutput` continues the chain.
 */
function linkFailures(trie: Trie, child: (node: number, label: number) => number) {
  const { size, edgeStart, edgeLabel, edgeTarget, terminal } = trie;
  const fail = new Int32Array(size);
  const output = new Int32Array(size);
  const nextOutput = new Int32Array(size);
  const queue = new Int32Array(size);
  let tail = 1;
  for (let head = 0; head < tail; head++) {
    const node = queue[head] as number;
    for (let e = edgeStart[node] as number; e < (edgeStart[node + 1] as number); e++) {
      const label = edgeLabel[e] as number;
      const target = edgeTarget[e] as number;
      let f = node === ROOT ? NONE : (fail[node] as number);
      let link = ROOT;
      while (f !== NONE) {
        const next = child(f, label);
        if (next !== NONE) {
          link = next;
          break;
        }
        f = f === ROOT ? NONE : (fail[f] as number);
      }
      fail[target] = link;
      const inherited = output[link] as number;
      nextOutput[target] = inherited;
      output[target] = terminal[target] !== NONE ? target : inherited;
      queue[tail++] = target;
    }
  }
  return { fail, output, nextOutput };
}
