// Seeded randomness for the sample data and the test fixtures. Every choice the generator makes
// goes through one of these, so the same seed always writes byte-identical files (reviewable
// diffs, stable tests). Nothing here may change a stream: data/ and the fixtures depend on it.

export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  int(minInclusive: number, maxInclusive: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** Picks by relative weight; weights need not sum to 1. */
  weighted<T>(items: readonly T[], weight: (item: T) => number): T;
  /** k distinct items in a random order (k is capped at items.length). */
  sample<T>(items: readonly T[], k: number): T[];
  /** A v4-shaped UUID drawn from this stream (deterministic, unlike crypto.randomUUID). */
  uuid(): string;
}

/**
 * The project's one seeded generator (mulberry32): tiny, fast, and good enough for sample data and
 * test fixtures, not for anything secret. Uniform in [0, 1); the same seed gives the same stream.
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function createRandom(seed: number): Random {
  const next = mulberry32(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick: (items) => {
      if (items.length === 0) throw new Error('pick: cannot choose from an empty list');
      return items[Math.floor(next() * items.length)];
    },
    weighted: (items, weight) => {
      let total = 0;
      for (const it of items) total += weight(it);
      if (!(total > 0)) throw new Error('weighted: the weights must add up to more than 0');
      let r = next() * total;
      for (const it of items) {
        r -= weight(it);
        if (r < 0) return it;
      }
      return items[items.length - 1];
    },
    sample: (items, k) => {
      const copy = items.slice();
      const n = Math.min(k, copy.length);
      for (let i = 0; i < n; i++) {
        const j = i + Math.floor(next() * (copy.length - i));
        [copy[i], copy[j]] = [copy[j], copy[i]];
      }
      return copy.slice(0, n);
    },
    uuid: () => {
      let hex = '';
      for (let i = 0; i < 4; i++) hex += (Math.floor(next() * 2 ** 32) >>> 0).toString(16).padStart(8, '0');
      const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
      return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
    },
  };
}
