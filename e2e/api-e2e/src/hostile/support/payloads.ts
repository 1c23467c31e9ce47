/**
 * Strings an attacker puts in every field: each must be refused with a code, or stored and read
 * back exactly as sent (never run, rendered, trimmed or reinterpreted).
 */
export const PAYLOADS: readonly (readonly [name: string, value: string])[] = [
  ['SQL tautology', "' OR 1=1 --"],
  ['SQL stacked DROP', '"; DROP TABLE tickets; --'],
  ['SQL UNION', "x' UNION SELECT password_hash FROM users --"],
  ['NoSQL operator', '{"$gt":""}'],
  ['template (mustache)', '{{7*7}}'],
  ['template (JS literal)', '${7*7}'],
  ['path traversal', '../../etc/passwd'],
  ['HTML/JS', '<script>alert(1)</script>'],
  ['NUL byte', 'a\u0000b'],
  ['right-to-left override', '\u202Egnp.exe'],
  ['CRLF header injection', 'a\r\nX-Injected: 1'],
  ['lone high surrogate', 'x\uD800y'],
  ['lone low surrogate', '\uDC00'],
  ['50,000 characters', 'A'.repeat(50_000)],
  ['100,000 characters', 'B'.repeat(100_000)],
];

/** Whether `value` occurs exactly (as a whole string or list item) anywhere in `data`. */
export function containsExactly(data: unknown, value: string): boolean {
  if (typeof data === 'string') return data === value;
  if (Array.isArray(data)) return data.some((item) => containsExactly(item, value));
  if (data !== null && typeof data === 'object') return Object.values(data).some((item) => containsExactly(item, value));
  return false;
}

/** Whether an answer's data says "nothing": null, an empty list, or a connection without edges. */
export function isEmptyAnswer(data: unknown): boolean {
  if (data === null || data === undefined) return true;
  if (Array.isArray(data)) return data.length === 0;
  if (typeof data !== 'object') return false;
  const edges = (data as { edges?: unknown }).edges;
  return Array.isArray(edges) && edges.length === 0;
}
