const LETTER = /^\p{L}/u;
const MARK = /^\p{M}/u;
const MIN_LETTERS_TO_TRIM = 5;

/**
 * The stem a `prefix` trigger looks for at the start of a word. If the phrase ends with `*`, the
 * stem is everything before it (the admin chose it). Otherwise, if the last word (after the last
 * space) has more than 4 letters and ends with a letter, that letter (with its combining marks) is
 * dropped: "peruutus" → "peruutu" (finds peruutukset, peruutuksen), "refund" → "refun"; shorter
 * words are their own stem ("auto" → "auto"). Apply it to the normalised phrase.
 */
export function stemOf(phrase: string): string {
  if (phrase.endsWith('*')) return phrase.slice(0, -1);
  const lastWord = phrase.slice(phrase.lastIndexOf(' ') + 1);
  const clusters = splitClusters(lastWord);
  const letters = clusters.filter((c) => LETTER.test(c)).length;
  const last = clusters[clusters.length - 1];
  if (letters < MIN_LETTERS_TO_TRIM || last === undefined || !LETTER.test(last)) return phrase;
  return phrase.slice(0, phrase.length - last.length);
}

// A cluster is a code point with the combining marks after it, so "é" written as e + ◌́ goes whole.
function splitClusters(word: string): string[] {
  const clusters: string[] = [];
  for (const char of word) {
    const previous = clusters.length - 1;
    if (previous >= 0 && MARK.test(char)) clusters[previous] += char;
    else clusters.push(char);
  }
  return clusters;
}
