/** Flags in force at a point of the pattern: set by options and by `(?imsU)` groups. */
export interface RegexFlags {
  readonly ignoreCase: boolean;
  readonly multiline: boolean;
  readonly dotAll: boolean;
  readonly ungreedy: boolean;
}

/** The parser's position in the pattern and the flags in scope there. */
export interface RegexCursor {
  readonly pattern: string;
  pos: number;
  flags: RegexFlags;
  readonly groupNames: Set<string>;
}

/**
 * A syntax error on its way out of the recursive-descent parser. Thrown only inside the parser
 * and turned into an `err` value by `parseRegex`, so it never crosses the module's boundary.
 */
export class RegexSyntaxFailure {
  constructor(
    readonly message: string,
    readonly offset: number,
  ) {}
}

/** Aborts parsing with a message about the pattern at `offset`. */
export function failAt(offset: number, message: string): never {
  throw new RegexSyntaxFailure(message, offset);
}

/** Consumes and returns the code point at the cursor (a surrogate pair counts as one); callers check for the end first. */
export function takeCodePoint(cursor: RegexCursor): number {
  const cp = cursor.pattern.codePointAt(cursor.pos) as number;
  cursor.pos += cp > 0xffff ? 2 : 1;
  return cp;
}

/** Whether the pattern continues with `text` at the cursor. */
export const lookingAt = (cursor: RegexCursor, text: string): boolean => cursor.pattern.startsWith(text, cursor.pos);
