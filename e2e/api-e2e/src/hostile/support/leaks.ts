// What must never reach a client: a stack trace, SQL text, a file path or an internal error code.
// Each pattern names what it catches; `findLeaks` reports those names.

const PATTERNS: readonly (readonly [string, RegExp])[] = [
  ['stack frame', /\bat\s+(?:async\s+)?[\w.$<>[\]]+\s+\([^)]*:\d+:\d+\)/],
  ['stack line', /(?:\\n|\n)\s+at\s+\S/],
  ['stacktrace key', /"(?:stacktrace|stack)"\s*:/i],
  ['exception key', /"(?:exception|originalError|driverError)"\s*:/],
  ['JavaScript error name', /\b(?:TypeError|ReferenceError|RangeError|EvalError|URIError|AggregateError):\s/],
  ['call stack overflow', /Maximum call stack size/i],
  ['SQLite error code', /\bSQLITE_[A-Z_]+\b/],
  ['TypeORM error', /\b(?:QueryFailedError|TypeORMError|EntityNotFoundError|EntityPropertyNotFoundError|EntityMetadataNotFoundError)\b/],
  ['SQL error text', /syntax error at or near|no such (?:table|column)|relation "[^"]+" does not exist|violates [\w -]*constraint|duplicate key value|(?:UNIQUE|FOREIGN KEY|NOT NULL|CHECK) constraint failed|invalid input syntax for/i],
  ['SQL statement', /\bSELECT\b[\s\S]{1,300}?\bFROM\s+["`]?\w+|\bINSERT\s+INTO\s+["`]?\w+|\bUPDATE\s+["`]?\w+["`]?\s+SET\b|\bDELETE\s+FROM\s+["`]?\w+/i],
  ['Node system error code', /\bE(?:CONNREFUSED|CONNRESET|NOENT|ACCES|PIPE|TIMEDOUT|ADDRINUSE)\b|\bERR_[A-Z][A-Z_]{3,}\b/],
  ['file path', /(?:^|[^\w./-])\/(?:work|home|root|usr|var|tmp|opt|srv|app|proc|Users|private)\/[^\s"'\\]+/],
  ['source location', /\b[\w.-]+\.(?:[cm]?js|tsx?):\d+/],
  ['module path', /\bnode_modules\b|\b(?:apps\/api|libs\/domain)\/(?:src|dist)\b/],
  ['Windows path', /\b[A-Za-z]:\\\\[\w$]/],
];

/**
 * The kinds of leak in an answer's raw text. `echoes` (what the request itself sent, e.g. an
 * injection payload the API stored or quoted back) are cut out first: `../../etc/passwd` stored
 * as a ticket subject is data, not a leak.
 */
export function findLeaks(text: string, echoes: readonly string[] = []): string[] {
  let scanned = text;
  for (const echo of echoes) {
    if (echo.length === 0) continue;
    scanned = stripEcho(stripEcho(scanned, JSON.stringify(echo).slice(1, -1)), echo);
  }
  return PATTERNS.filter(([, pattern]) => pattern.test(scanned)).map(([name]) => name);
}

// Cuts every quotation of `echo` out of `text`, shortened ones too ("x' UNION SELECT pass…").
function stripEcho(text: string, echo: string): string {
  const head = echo.slice(0, 12);
  let out = '';
  let from = 0;
  for (let at = text.indexOf(head, from); at !== -1; at = text.indexOf(head, from)) {
    let length = head.length;
    while (length < echo.length && text[at + length] === echo[length]) length += 1;
    out += `${text.slice(from, at)} `;
    from = at + length;
  }
  return out + text.slice(from);
}
