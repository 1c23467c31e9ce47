import type { RequestHandler } from 'express';
import { currentRequestId } from '../graphql/request-scope';

// A high surrogate not followed by a low one, or a low one not preceded by a high one.
// (String.prototype.isWellFormed is ES2024; the API targets ES2023.)
const UNPAIRED_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Where in `value` the first string with an unpaired UTF-16 surrogate is, or null. */
export function findIllFormedString(value: unknown, path = ''): string | null {
  if (typeof value === 'string') return UNPAIRED_SURROGATE.test(value) ? path || 'body' : null;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = findIllFormedString(item, `${path}[${index}]`);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = findIllFormedString(item, path ? `${path}.${key}` : key);
      if (found) return found;
    }
  }
  return null;
}

/**
 * JSON may carry lone surrogates (`"\ud800"`), which no database stores as sent: PostgreSQL
 * replaces or rejects them, SQLite keeps bytes that read back differently. Refuse them at the door,
 * for every operation and argument at once, naming where they are.
 */
export function rejectIllFormedStrings(): RequestHandler {
  return (req, res, next) => {
    const at = findIllFormedString(req.body);
    if (!at) return next();
    res.status(400).json({
      errors: [
        {
          message: `Invalid text at ${at}: it contains an unpaired UTF-16 surrogate, which is not valid Unicode`,
          extensions: { code: 'BAD_USER_INPUT', path: at, requestId: currentRequestId() },
        },
      ],
    });
  };
}
