/**
 * Seeded randomness for the interview plan. The plan must come out the same for the same seed on
 * every machine and after a resume, so Math.random is never used.
 */

/** A pseudo-random number generator: each call returns a number in [0, 1). */
export type Random = () => number;

/** Mulberry32: tiny, fast and well distributed enough for picking questions. */
export function seededRandom(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A copy of `list` in an order decided by `random` (Fisher–Yates). */
export function shuffled<T>(list: readonly T[], random: Random): T[] {
  const copy = [...list];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    const a = copy[i] as T;
    copy[i] = copy[j] as T;
    copy[j] = a;
  }
  return copy;
}

/**
 * A well-mixed unsigned 32-bit number from a few integers, for choices that must not depend on
 * how many random draws came before (phrasing variants are picked per turn, not from a stream).
 */
export function mixNumbers(...values: readonly number[]): number {
  let h = 0x811c9dc5;
  for (const value of values) {
    h = Math.imul(h ^ (value >>> 0), 0x01000193) >>> 0;
    h = Math.imul(h ^ (h >>> 13), 0x5bd1e995) >>> 0;
  }
  return (h ^ (h >>> 15)) >>> 0;
}
