/** A seeded random source: the same seed gives the same numbers, so a fuzz variant reproduces. */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, n). */
  below(n: number): number;
  pick<T>(items: readonly T[]): T;
}

/** mulberry32 over a seed mixed from the given integers (e.g. the run's seed and a variant's index). */
export function createRandom(...seeds: number[]): Random {
  let state = seeds.reduce((h, s) => Math.imul(h ^ (s >>> 0), 0x9e3779b1) ^ (h >>> 15), 0x2545f491) >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const below = (n: number) => Math.floor(next() * n);
  return { next, below, pick: (items) => items[below(items.length)] };
}
