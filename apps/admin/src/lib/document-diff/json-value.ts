/** A JSON object, as documents from the API arrive (`JSONObject` scalars are untyped). */
export type JsonRecord = Readonly<Record<string, unknown>>;

export const isRecord = (value: unknown): value is JsonRecord => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The value as an object, or an empty one: describers read documents defensively, field by field. */
export const asRecord = (value: unknown): JsonRecord => (isRecord(value) ? value : {});

/** The value as a list, or an empty one. */
export const asArray = (value: unknown): readonly unknown[] => (Array.isArray(value) ? value : []);

/** The value if it is a string, else ''. */
export const asText = (value: unknown): string => (typeof value === 'string' ? value : '');

/** Keys whose value is not `undefined`: `{ stop: undefined }` and `{}` serialise, and so compare, the same. */
export const definedKeys = (record: JsonRecord): string[] => Object.keys(record).filter((key) => record[key] !== undefined);

/** Structural equality for JSON-like data; key order does not matter, list order does. */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => jsonEqual(item, b[i]));
  if (!isRecord(a) || !isRecord(b)) return false;
  const left = definedKeys(a);
  const right = definedKeys(b);
  return left.length === right.length && left.every((key) => jsonEqual(a[key], b[key]));
}
