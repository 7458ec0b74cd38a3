/**
 * A small seeded PRNG (mulberry32). Assignment must be reproducible from the round's stored seed, so an
 * organizer (or an auditor) re-running it gets the same judges; Math.random cannot be seeded.
 * Quality is ample for shuffling tie-breaks; it is not for anything secret.
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A random permutation of 0..n-1 (Fisher–Yates), as priorities: lower wins a tie. */
export function seededPriorities(n: number, random: () => number): Int32Array {
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const t = order[i]!;
    order[i] = order[j]!;
    order[j] = t;
  }
  const priority = new Int32Array(n);
  for (let rank = 0; rank < n; rank++) priority[order[rank]!] = rank;
  return priority;
}
