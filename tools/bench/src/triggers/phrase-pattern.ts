import type { CustomTrigger } from '@handoff/domain';
import { normalizeMessage } from './normalize-message';

/** Word characters in any script, and the scripts written without spaces (as the engine defines them). */
export const WORD_CLASS = '\\p{L}\\p{N}\\p{M}\\p{Pc}';
/** Scripts written without spaces: their characters never need a boundary. */
export const UNSPACED_CLASS = '\\p{scx=Han}\\p{scx=Hiragana}\\p{scx=Katakana}\\p{scx=Thai}\\p{scx=Lao}\\p{scx=Khmer}\\p{scx=Myanmar}';

const WORD = new RegExp(`^[${WORD_CLASS}]$`, 'u');
const UNSPACED = new RegExp(`^[${UNSPACED_CLASS}]$`, 'u');
const LETTER = /^\p{L}/u;
const MARK = /^\p{M}/u;
// 1: continues a word (a word character of a spaced script), 2: does not, 0: not classified yet.
const classes = new Uint8Array(0x10000);

/** Whether a code point continues a word, so a word cannot start or end next to it. */
export function continuesWord(codePoint: number): boolean {
  if (codePoint >= 0x10000) return isSpacedWord(codePoint);
  let known = classes[codePoint] as number;
  if (known === 0) classes[codePoint] = known = isSpacedWord(codePoint) ? 1 : 2;
  return known === 1;
}

function isSpacedWord(codePoint: number): boolean {
  const char = String.fromCodePoint(codePoint);
  return WORD.test(char) && !UNSPACED.test(char);
}

/** Whether a word may start at `index` of `text`. */
export function boundaryBefore(text: string, index: number): boolean {
  if (index === 0) return true;
  const low = text.charCodeAt(index - 1);
  if (low >= 0xdc00 && low <= 0xdfff && index >= 2) return !continuesWord(text.codePointAt(index - 2) as number);
  return !continuesWord(low);
}

/** Whether a word may end at `index` of `text`. */
export function boundaryAfter(text: string, index: number): boolean {
  const after = text.codePointAt(index);
  return after === undefined || !continuesWord(after);
}

/** The stem a prefix trigger looks for: a trailing `*` removed, or the last letter of a last word of 5+ letters. */
export function stemOf(phrase: string): string {
  if (phrase.endsWith('*')) return phrase.slice(0, -1);
  const clusters: string[] = [];
  for (const char of phrase.slice(phrase.lastIndexOf(' ') + 1)) {
    if (clusters.length > 0 && MARK.test(char)) clusters[clusters.length - 1] += char;
    else clusters.push(char);
  }
  const last = clusters.at(-1);
  if (clusters.filter((c) => LETTER.test(c)).length < 5 || last === undefined || !LETTER.test(last)) return phrase;
  return phrase.slice(0, phrase.length - last.length);
}

/** A trigger as the baselines search for it. */
export interface PhrasePattern {
  readonly id: string;
  readonly order: number;
  readonly pattern: string;
  readonly checkStart: boolean;
  readonly checkEnd: boolean;
}

/** Prepares a word / phrase / prefix trigger the way the engine documents it. */
export function toPhrasePattern(trigger: CustomTrigger, order: number): PhrasePattern {
  if (trigger.mode === 'regex' || trigger.ignoreAccents === true) throw new Error(`the baselines do not handle ${trigger.mode} / ignoreAccents`);
  const normalized = normalizeMessage(trigger.phrase).trim();
  const pattern = trigger.mode === 'prefix' ? stemOf(normalized) : normalized;
  const first = pattern.codePointAt(0) ?? 0;
  const last = [...pattern].at(-1)?.codePointAt(0) ?? 0;
  return { id: trigger.id, order, pattern, checkStart: trigger.mode !== 'phrase' && continuesWord(first), checkEnd: trigger.mode === 'word' && continuesWord(last) };
}
