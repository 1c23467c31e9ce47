/** Names longer than this get no suggestion: nobody mistypes a 30-character field id into a 300-character one. */
const MAX_NAME_LENGTH = 64;

/**
 * Finds the known name closest to a mistyped one (case-insensitive edit distance), for a
 * "did you mean …?" hint. Returns undefined when nothing is close enough to be a likely typo.
 */
export function findClosestName(name: string, known: Iterable<string>): string | undefined {
  if (name.length > MAX_NAME_LENGTH) return undefined;
  const wanted = name.toLowerCase();
  const maxDistance = Math.max(2, Math.floor(wanted.length / 3));
  let best: string | undefined;
  let bestDistance = maxDistance + 1;
  for (const candidate of known) {
    if (Math.abs(candidate.length - wanted.length) >= bestDistance) continue;
    const distance = editDistance(wanted, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** Levenshtein distance, one row at a time. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  let distance = b.length;
  for (let i = 0; i < a.length; i++) {
    let diagonal = i;
    distance = i + 1;
    const current = [distance];
    for (const [j, above] of previous.slice(1).entries()) {
      distance = Math.min(above + 1, distance + 1, diagonal + (a[i] === b[j] ? 0 : 1));
      current.push(distance);
      diagonal = above;
    }
    previous = current;
  }
  return distance;
}
