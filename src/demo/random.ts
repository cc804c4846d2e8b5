/** Seeded randomness: the same seed gives the same meeting, so tests and stories are stable. */

/** A random number source in [0, 1). */
export type RandomSource = () => number;

/** mulberry32: a tiny, fast 32-bit PRNG; plenty for names, colours and scripted behaviour. */
export function mulberry32(seed: number): RandomSource {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A PRNG for one purpose. Separate streams (names, ids, behaviour) keep e.g. the name of the 5th
 * person independent of how many chat messages were sent before they joined.
 */
export function stream(seed: number, purpose: number): RandomSource {
  return mulberry32((Math.imul(seed >>> 0, 0x9e3779b1) ^ Math.imul(purpose + 1, 0x85ebca6b)) >>> 0);
}

/** An integer in [min, max]. */
export function randomInt(random: RandomSource, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

/** One element of a non-empty array. */
export function pick<T>(random: RandomSource, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

/** A shuffled copy (Fisher–Yates). */
export function shuffled<T>(random: RandomSource, items: readonly T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

/** A UUID-shaped id (v4 layout) drawn from `random`. */
export function uuid(random: RandomSource): string {
  const hex = (n: number) =>
    Array.from({ length: n }, () => Math.floor(random() * 16).toString(16)).join('');
  const variant = (8 + Math.floor(random() * 4)).toString(16);
  return `${hex(8)}-${hex(4)}-4${hex(3)}-${variant}${hex(3)}-${hex(12)}`;
}
