import type { CustomTrigger } from '@handoff/domain';
import { createSeededRandom, type SeededRandom } from '../lib/seeded-random';
import type { GeneratedPhrases } from './generate-phrases';
import { inventWord } from './generate-phrases';
import { stemOf } from './phrase-pattern';
import { LANGUAGES, type Language } from './trigger-vocabulary';

/** How many messages, from which seed, and the share that quote a trigger phrase. */
export interface MessageShape {
  readonly count: number;
  readonly seed: number;
  readonly quotingShare: number;
}

// Visitors inflect what they quote: "peruutukset" for "peruutus", "refunds" for "refund".
function inflect(random: SeededRandom, phrase: string, language: Language): string {
  if (language.unspaced || language.endings.length === 0 || random.chance(0.5)) return phrase;
  const ending = random.pick(language.endings);
  return language.code === 'fi' ? `${stemOf(phrase)}${ending}` : `${phrase}${ending}`;
}

function casing(random: SeededRandom, text: string): string {
  const roll = random.next();
  if (roll < 0.1) return text.toUpperCase();
  if (roll < 0.35) return text.charAt(0).toUpperCase() + text.slice(1);
  return text;
}

function quote(random: SeededRandom, trigger: CustomTrigger, language: Language): string {
  const text = casing(random, inflect(random, trigger.phrase, language));
  return random.weighted([[text, 8], [`"${text}"`, 1], [`${text}!`, 1], [`(${text})`, 1]] as const);
}

function filler(random: SeededRandom, language: Language): string {
  // Made-up names are shorter than the ones triggers use, and absent where words run together.
  return !language.unspaced && random.chance(0.05) ? inventWord(random, language, 2) : random.pick(language.fillers);
}

/**
 * Visitor messages of 10–300 characters in mixed languages. About `quotingShare` of them quote
 * one or two trigger phrases (often inflected, in any case, next to punctuation); the rest are
 * everyday words that may still brush against a phrase by chance.
 */
export function generateMessages(phrases: GeneratedPhrases, shape: MessageShape): string[] {
  const random = createSeededRandom(shape.seed);
  const languages = LANGUAGES.map(([language, weight]) => [language, weight] as const);
  return Array.from({ length: shape.count }, () => {
    const language = random.weighted(languages);
    const joiner = language.unspaced ? '' : ' ';
    const target = random.weighted([[random.int(10, 60), 4], [random.int(60, 160), 4], [random.int(160, 300), 2]] as const);
    const parts: string[] = [];
    if (random.chance(shape.quotingShare)) {
      for (let n = random.int(1, 2); n > 0; n--) {
        const trigger = random.pick(phrases.triggers);
        parts.push(quote(random, trigger, phrases.languageOf.get(trigger.id) ?? language));
      }
    }
    while (parts.join(joiner).length < target) {
      const word = filler(random, language);
      parts.splice(random.int(0, parts.length), 0, random.chance(0.06) ? `${word}${random.pick([',', '.', '?', '!'])}` : word);
    }
    const separator = random.chance(0.03) ? random.pick(['  ', '\n', ' \n ']) : joiner;
    const message = parts.join(joiner);
    const text = separator === joiner ? message : message.replace(joiner || ' ', separator);
    return (language.unspaced ? text : text.charAt(0).toUpperCase() + text.slice(1)).slice(0, 300);
  });
}
