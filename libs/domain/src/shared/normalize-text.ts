/** How text is compared: the admin chooses, per condition or trigger. */
export interface TextFolding {
  readonly ignoreCase?: boolean;
  readonly ignoreAccents?: boolean;
}

// Combining marks left behind by canonical decomposition (é -> e + U+0301).
const COMBINING_MARKS = /\p{M}+/gu;

/**
 * Normalises text for comparison: NFKC always (full-width and compatibility forms compare
 * equal), Unicode case folding when `ignoreCase`, and accent folding when `ignoreAccents`.
 * Finnish ä/ö survive unless accents are folded, since they are letters, not decorations.
 */
export function normalizeText(text: string, folding: TextFolding): string {
  let out = text.normalize('NFKC');
  if (folding.ignoreCase) out = foldCase(out);
  if (folding.ignoreAccents) out = out.normalize('NFD').replace(COMBINING_MARKS, '').normalize('NFC');
  return out;
}

/**
 * Full case folding for the characters where lower-casing alone is not enough (ß, ς, ſ),
 * so "STRASSE" and "straße" or "ΟΔΟΣ" and "οδός" compare as the same word.
 */
export function foldCase(text: string): string {
  const lower = text.toLowerCase();
  return NEEDS_EXTRA_FOLD.test(lower) ? lower.replace(NEEDS_EXTRA_FOLD_G, (c) => EXTRA_FOLDS[c] ?? c) : lower;
}

const EXTRA_FOLDS: Readonly<Record<string, string>> = { 'ß': 'ss', 'ς': 'σ', 'ſ': 's', 'ﬅ': 'st', 'ﬆ': 'st' };
const NEEDS_EXTRA_FOLD = /[ßςſﬅﬆ]/u;
const NEEDS_EXTRA_FOLD_G = /[ßςſﬅﬆ]/gu;
