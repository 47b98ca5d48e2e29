/**
 * A seeded random source for the synthetic datasets: the same seed gives the same dataset, in
 * Node and in the browser, so a bench run or an e2e test can be repeated exactly.
 */

/** Mulberry32: a 32-bit generator, small and fast; `random(1)()` → 0.627… every time. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One element of `items`, uniformly. */
export function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

/**
 * An index in 0…n-1 with Zipf weights 1, 1/2, 1/3…: a few big hubs and a long tail, as in
 * real coalitions (one letter gathers most signatures). `cumulative` from `zipfTable(n)`.
 */
export function zipf(random: () => number, cumulative: readonly number[]): number {
  const u = random() * cumulative[cumulative.length - 1]!;
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cumulative[mid]! < u) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Running sums of 1/(i+1) for `zipf`. */
export function zipfTable(n: number): number[] {
  const out: number[] = [];
  let sum = 0;
  for (let i = 0; i < n; i++) out.push((sum += 1 / (i + 1)));
  return out;
}
