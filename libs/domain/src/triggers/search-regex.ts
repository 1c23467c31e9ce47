import type { PreparedRegex } from './prepared-trigger';

/**
 * Calls `onFound(start, end)` for each non-empty, non-overlapping match of a regex trigger in
 * `text`, left to right; stops when `onFound` returns true and then returns true. The safe-regex
 * contract has no start offset, so later matches are searched for in the rest of the text; patterns
 * whose assertions read the text before that point are searched once (see `repeatable`).
 */
export function searchRegex(entry: PreparedRegex, text: string, onFound: (start: number, end: number) => boolean): boolean {
  let from = 0;
  for (let found = entry.regex.find(text); found !== null && from <= text.length; found = entry.regex.find(text.slice(from))) {
    const start = from + found.start;
    const end = from + found.end;
    if (end > start && onFound(start, end)) return true;
    if (!entry.repeatable) return false;
    // Patterns free of assertions never match empty text (refused at compile time); `start + 1` still guarantees progress.
    from = Math.max(end, start + 1);
  }
  return false;
}
