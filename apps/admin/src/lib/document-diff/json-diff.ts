import { alignById, commonPairs, hasUniqueIds } from './align-lists';
import { definedKeys, isRecord, jsonEqual } from './json-value';

/** Where in a document: object keys and list indices, from the root. */
export type JsonPath = readonly (string | number)[];

/** One difference between two JSON documents, at the deepest path where it can be told apart. */
export type JsonChange =
  | { readonly kind: 'added'; readonly path: JsonPath; readonly after: unknown }
  | { readonly kind: 'removed'; readonly path: JsonPath; readonly before: unknown }
  | { readonly kind: 'changed'; readonly path: JsonPath; readonly before: unknown; readonly after: unknown }
  /** An item of a list of objects with ids changed place; `path` ends at its new index. */
  | { readonly kind: 'moved'; readonly path: JsonPath; readonly from: number; readonly to: number };

/**
 * A structural diff, path by path. Objects are compared key by key. Lists of objects with unique
 * ids (rules, triggers) are followed by id, so a reorder is a move and an edit stays an edit of
 * the same item; other lists are lined up by their longest common run, and what is left over in
 * each gap is paired up as changes before counting as added or removed.
 */
export function diffJson(before: unknown, after: unknown, path: JsonPath = []): JsonChange[] {
  if (jsonEqual(before, after)) return [];
  if (isRecord(before) && isRecord(after)) return diffObjects(before, after, path);
  if (Array.isArray(before) && Array.isArray(after)) {
    return hasUniqueIds(before) && hasUniqueIds(after) ? diffById(before, after, path) : diffBySequence(before, after, path);
  }
  if (before === undefined) return [{ kind: 'added', path, after }];
  if (after === undefined) return [{ kind: 'removed', path, before }];
  return [{ kind: 'changed', path, before, after }];
}

function diffObjects(before: Readonly<Record<string, unknown>>, after: Readonly<Record<string, unknown>>, path: JsonPath): JsonChange[] {
  const keys = [...new Set([...definedKeys(before), ...definedKeys(after)])];
  return keys.flatMap((key) => diffJson(before[key], after[key], [...path, key]));
}

function diffById(before: readonly unknown[], after: readonly unknown[], path: JsonPath): JsonChange[] {
  const { kept, removed, added } = alignById(before, after);
  return [
    ...removed.map((i): JsonChange => ({ kind: 'removed', path: [...path, i], before: before[i] })),
    ...added.map((i): JsonChange => ({ kind: 'added', path: [...path, i], after: after[i] })),
    ...kept.flatMap(({ from, to, moved }): JsonChange[] => [
      ...(moved ? [{ kind: 'moved' as const, path: [...path, to], from, to }] : []),
      ...diffJson(before[from], after[to], [...path, to]),
    ]),
  ];
}

function diffBySequence(before: readonly unknown[], after: readonly unknown[], path: JsonPath): JsonChange[] {
  const changes: JsonChange[] = [];
  let i = 0;
  let j = 0;
  for (const [nextI, nextJ] of [...commonPairs(before, after, jsonEqual), [before.length, after.length]] as const) {
    const paired = Math.min(nextI - i, nextJ - j);
    for (let k = 0; k < paired; k++) changes.push(...diffJson(before[i + k], after[j + k], [...path, j + k]));
    for (let k = i + paired; k < nextI; k++) changes.push({ kind: 'removed', path: [...path, k], before: before[k] });
    for (let k = j + paired; k < nextJ; k++) changes.push({ kind: 'added', path: [...path, k], after: after[k] });
    i = nextI + 1;
    j = nextJ + 1;
  }
  return changes;
}
