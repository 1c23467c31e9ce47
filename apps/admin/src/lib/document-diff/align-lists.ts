import { isRecord } from './json-value';

/** How two lists of items with ids line up: which stayed (and whether they moved), which left, which came. */
export interface IdAlignment {
  /** Items in both lists, in the new list's order; `moved` when their place relative to the others changed. */
  readonly kept: readonly { readonly id: string; readonly from: number; readonly to: number; readonly moved: boolean }[];
  /** Indices into the old list. */
  readonly removed: readonly number[];
  /** Indices into the new list. */
  readonly added: readonly number[];
}

/** The item's `id` when it is an object with a string id. */
export const idOf = (item: unknown): string | undefined => (isRecord(item) && typeof item['id'] === 'string' ? item['id'] : undefined);

/** True when every item has a string id and no id repeats, so items can be followed across edits by id. */
export function hasUniqueIds(list: readonly unknown[]): boolean {
  const ids = list.map(idOf);
  return ids.every((id) => id !== undefined) && new Set(ids).size === ids.length;
}

/**
 * Follows items by id. Only items outside the longest run kept in the same relative order count
 * as moved: moving rule 3 to the top reports one move, not three shifted positions.
 */
export function alignById(before: readonly unknown[], after: readonly unknown[]): IdAlignment {
  const oldIndex = new Map(before.map((item, i) => [idOf(item), i]));
  const newIds = new Set(after.map(idOf));
  const pairs = after.flatMap((item, to) => {
    const from = oldIndex.get(idOf(item));
    return from === undefined ? [] : [{ id: idOf(item) as string, from, to }];
  });
  const staying = longestIncreasingRun(pairs.map((p) => p.from));
  return {
    kept: pairs.map((pair, i) => ({ ...pair, moved: !staying.has(i) })),
    removed: before.flatMap((item, i) => (newIds.has(idOf(item)) ? [] : [i])),
    added: after.flatMap((item, i) => (oldIndex.has(idOf(item)) ? [] : [i])),
  };
}

/** Positions (into `values`) of one longest strictly increasing subsequence; O(n log n). */
function longestIncreasingRun(values: readonly number[]): Set<number> {
  const tails: number[] = []; // tails[k]: index of the smallest last value of a run of length k + 1
  const previous: number[] = [];
  values.forEach((value, i) => {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((values[tails[mid] as number] as number) < value) low = mid + 1;
      else high = mid;
    }
    previous[i] = low > 0 ? (tails[low - 1] as number) : -1;
    tails[low] = i;
  });
  const run = new Set<number>();
  for (let i = tails.length > 0 ? (tails[tails.length - 1] as number) : -1; i >= 0; i = previous[i] as number) run.add(i);
  return run;
}

/** Index pairs `[old, new]` of one longest common subsequence under `same`, in order. */
export function commonPairs<T>(before: readonly T[], after: readonly T[], same: (a: T, b: T) => boolean): [number, number][] {
  const rows = before.length;
  const cols = after.length;
  // lengths[i][j]: LCS length of before[i..] and after[j..]; documents are small, so O(n·m) is fine.
  const lengths = Array.from({ length: rows + 1 }, () => new Array<number>(cols + 1).fill(0));
  const at = (i: number, j: number) => (lengths[i] as number[])[j] as number;
  for (let i = rows - 1; i >= 0; i--) {
    for (let j = cols - 1; j >= 0; j--) {
      (lengths[i] as number[])[j] = same(before[i] as T, after[j] as T) ? at(i + 1, j + 1) + 1 : Math.max(at(i + 1, j), at(i, j + 1));
    }
  }
  const pairs: [number, number][] = [];
  for (let i = 0, j = 0; i < rows && j < cols; ) {
    if (same(before[i] as T, after[j] as T)) {
      pairs.push([i, j]);
      i++;
      j++;
    } else if (at(i + 1, j) >= at(i, j + 1)) i++;
    else j++;
  }
  return pairs;
}
