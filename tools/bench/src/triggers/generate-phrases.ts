import type { CustomTrigger, PhraseMatchMode } from '@handoff/domain';
import { createSeededRandom, type SeededRandom } from '../lib/seeded-random';
import { toPhrasePattern } from './phrase-pattern';
import { LANGUAGES, type Language } from './trigger-vocabulary';

/** A made-up word of `syllables` syllables of a language: product, place and brand names. */
export function inventWord(random: SeededRandom, language: Language, syllables: number): string {
  return Array.from({ length: syllables }, () => random.pick(language.syllables)).join('');
}

const inventName = (random: SeededRandom, language: Language): string => inventWord(random, language, random.int(3, 4));

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

type PhraseKind = 'watched' | 'invented' | 'watched+invented';

function candidatePhrase(random: SeededRandom, language: Language, kind: PhraseKind): string {
  const watched = random.pick(language.watched);
  const joiner = language.unspaced ? '' : ' ';
  switch (kind) {
    case 'watched':
      return watched;
    case 'invented':
      return random.chance(0.3) ? capitalise(inventName(random, language)) : inventName(random, language);
    case 'watched+invented':
      return random.chance(0.5) ? `${watched}${joiner}${inventName(random, language)}` : `${inventName(random, language)}${joiner}${watched}`;
  }
}

// Substring (`phrase`) mode suits what an admin wrote as words to find inside others; a made-up
// name in that mode would fire inside every longer made-up name.
function pickMode(random: SeededRandom, language: Language, kind: PhraseKind): PhraseMatchMode {
  const inflected = language.code === 'fi' || language.code === 'ru';
  return random.weighted([['word', 70], ['prefix', inflected ? 40 : 15], ['phrase', kind === 'invented' ? 0 : 10]] as const);
}

/** Which language each phrase came from, so messages can quote phrases of their own language. */
export interface GeneratedPhrases {
  readonly triggers: CustomTrigger[];
  readonly languageOf: ReadonlyMap<string, Language>;
}

/**
 * `count` distinct custom triggers in mixed languages and scripts: mostly `word` mode, some
 * `prefix` (for inflected languages) and `phrase`. Triggers the engine would refuse as duplicates
 * (same mode and normalised pattern) are skipped.
 */
export function generatePhrases(count: number, seed: number): GeneratedPhrases {
  const random = createSeededRandom(seed);
  const languages = LANGUAGES.map(([language, weight]) => [language, weight] as const);
  const triggers: CustomTrigger[] = [];
  const languageOf = new Map<string, Language>();
  const seen = new Set<string>();
  while (triggers.length < count) {
    const language = random.weighted(languages);
    const kind = random.weighted([['watched', 1], ['invented', 5], ['watched+invented', 3]] as const);
    const phrase = candidatePhrase(random, language, kind);
    const mode = pickMode(random, language, kind);
    const id = `t${String(triggers.length + 1).padStart(4, '0')}`;
    const trigger: CustomTrigger = { id, phrase, mode };
    const key = `${mode}\u0000${toPhrasePattern(trigger, 0).pattern}`;
    if (seen.has(key)) continue;
    seen.add(key);
    triggers.push(trigger);
    languageOf.set(id, language);
  }
  return { triggers, languageOf };
}
