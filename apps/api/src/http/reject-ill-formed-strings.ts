import type { RequestHandler } from 'express';
import { requestIdOf } from './request-id';

// A NUL (no PostgreSQL text column can hold one), a high surrogate not followed by a low one, or a
// low one not preceded by a high one. (String.prototype.isWellFormed is ES2024; the API targets ES2023.)
// eslint-disable-next-line no-control-regex -- matching NUL is the point
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Whether a string holds a character no database stores as sent. */
export const isUnstorableText = (text: string): boolean => UNSTORABLE.test(text);

/**
 * Where in `value` the first string with a NUL or an unpaired UTF-16 surrogate is, or null.
 * Iterative: request bodies may nest thousands of levels deep (the variables' depth cap comes later).
 */
export function findIllFormedString(value: unknown): string | null {
  const pending: [unknown, string][] = [[value, '']];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [item, path] = next;
    if (typeof item === 'string') {
      if (UNSTORABLE.test(item)) return path || 'body';
    } else if (Array.isArray(item)) {
      for (let i = item.length - 1; i >= 0; i--) pending.push([item[i], `${path}[${i}]`]);
    } else if (item && typeof item === 'object') {
      const entries = Object.entries(item);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, child] = entries[i] as [string, unknown];
        pending.push([child, path ? `${path}.${key}` : key]);
      }
    }
  }
  return null;
}

/**
 * JSON may carry lone surrogates (`"\ud800"`) and NULs, which no database stores as sent:
 * PostgreSQL rejects them, SQLite keeps bytes that read back differently. Refuse them at the door,
 * for every operation and argument at once, naming where they are.
 */
export function rejectIllFormedStrings(): RequestHandler {
  return (req, res, next) => {
    const at = findIllFormedString(req.body);
    if (!at) return next();
    res.status(400).json({
      errors: [
        {
          message: `Invalid text at ${at}: it contains a NUL or an unpaired UTF-16 surrogate, which cannot be stored as sent`,
          extensions: { code: 'BAD_USER_INPUT', path: at, requestId: requestIdOf(req) },
        },
      ],
    });
  };
}
