/** The value, or a failed test naming what was missing: a typed alternative to `!` in tests. */
export function required<T>(value: T | null | undefined, what = 'a value'): T {
  if (value === null || value === undefined) throw new Error(`Expected ${what}, got ${String(value)}`);
  return value;
}
