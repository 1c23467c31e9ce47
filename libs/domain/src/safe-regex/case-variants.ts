// Case orbits that toLowerCase/toUpperCase alone cannot close: symbols and variant letters that
// fold onto a letter whose own upper/lower forms never lead back to them (KELVIN SIGN -> k, but
// k -> K only). Taken from Unicode simple case folding (CaseFolding.txt, status C/S).
const IRREGULAR_ORBITS: readonly (readonly number[])[] = [
  [0x6b, 0x4b, 0x212a], // k K KELVIN SIGN
  [0x73, 0x53, 0x17f], // s S LONG S
  [0xe5, 0xc5, 0x212b], // å Å ANGSTROM SIGN
  [0xdf, 0x1e9e], // ß ẞ
  [0x3bc, 0x39c, 0xb5], // μ Μ MICRO SIGN
  [0x3c9, 0x3a9, 0x2126], // ω Ω OHM SIGN
  [0x3c3, 0x3a3, 0x3c2], // σ Σ ς
  [0x3b8, 0x398, 0x3d1, 0x3f4], // θ Θ ϑ ϴ
  [0x3b2, 0x392, 0x3d0], // β Β ϐ
  [0x3b5, 0x395, 0x3f5], // ε Ε ϵ
  [0x3ba, 0x39a, 0x3f0], // κ Κ ϰ
  [0x3c0, 0x3a0, 0x3d6], // π Π ϖ
  [0x3c1, 0x3a1, 0x3f1], // ρ Ρ ϱ
  [0x3c6, 0x3a6, 0x3d5], // φ Φ ϕ
  [0x3b9, 0x399, 0x345, 0x1fbe], // ι Ι COMBINING YPOGEGRAMMENI PROSGEGRAMMENI
  [0x1c6, 0x1c4, 0x1c5], // ǆ Ǆ ǅ
  [0x1c9, 0x1c7, 0x1c8], // ǉ Ǉ ǈ
  [0x1cc, 0x1ca, 0x1cb], // ǌ Ǌ ǋ
  [0x1f3, 0x1f1, 0x1f2], // ǳ Ǳ ǲ
  [0x432, 0x412, 0x1c80], // в В ᲀ
  [0x434, 0x414, 0x1c81], // д Д ᲁ
  [0x43e, 0x41e, 0x1c82], // о О ᲂ
  [0x441, 0x421, 0x1c83], // с С ᲃ
  [0x442, 0x422, 0x1c84, 0x1c85], // т Т ᲄ ᲅ
  [0x44a, 0x42a, 0x1c86], // ъ Ъ ᲆ
  [0x463, 0x462, 0x1c87], // ѣ Ѣ ᲇ
  [0xa64b, 0xa64a, 0x1c88], // ꙋ Ꙋ ᲈ
  [0x1e61, 0x1e60, 0x1e9b], // ṡ Ṡ ẛ
];

const ORBIT_OF = new Map<number, readonly number[]>(IRREGULAR_ORBITS.flatMap((orbit) => orbit.map((cp) => [cp, orbit])));

// Dotless ı and dotted İ have no simple case folding in JavaScript's `iu` mode: they match only themselves.
const FOLDS_TO_ITSELF = new Set([0x130, 0x131]);

// Bounded so a long-lived process fed every code point does not keep a million entries.
const MEMO_LIMIT = 20_000;
const memo = new Map<number, readonly number[]>();

/**
 * The other code points that `cp` equals under simple case folding, approximated from the
 * single-code-point results of toLowerCase/toUpperCase plus a table of irregular orbits.
 */
export function caseVariants(cp: number): readonly number[] {
  const cached = memo.get(cp);
  if (cached !== undefined) return cached;
  const found = new Set<number>();
  if (!FOLDS_TO_ITSELF.has(cp)) {
    const lower = mapSingle(cp, 'lower');
    const upper = mapSingle(cp, 'upper');
    for (const v of [lower, upper, mapSingle(upper, 'lower')]) found.add(v);
  }
  for (const v of [...found, cp]) for (const member of ORBIT_OF.get(v) ?? []) found.add(member);
  found.delete(cp);
  const variants = [...found];
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(cp, variants);
  return variants;
}

// Full mappings that expand (ß -> SS) are not simple foldings: keep the code point unchanged.
function mapSingle(cp: number, direction: 'lower' | 'upper'): number {
  const char = String.fromCodePoint(cp);
  const mapped = direction === 'lower' ? char.toLowerCase() : char.toUpperCase();
  // A mapping is never empty, so the first code point exists.
  return [...mapped].length === 1 ? (mapped.codePointAt(0) as number) : cp;
}
