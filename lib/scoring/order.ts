/**
 * Indices of the projects that have a key, best key first, equal keys by index (the canonical id order).
 * Sorting a plain typed array of the keys is native and fast; a counting pass then places the indices,
 * which avoids calling a JavaScript comparator a few million times at 100,000 projects.
 * O(n log n) with native and branch-light steps only.
 */
export function orderByKey(key: Float64Array, better: 'higher' | 'lower'): Int32Array {
  let present = 0;
  for (let i = 0; i < key.length; i++) if (!Number.isNaN(key[i]!)) present++;
  const sorted = new Float64Array(present);
  for (let i = 0, n = 0; i < key.length; i++) if (!Number.isNaN(key[i]!)) sorted[n++] = key[i]!;
  sorted.sort();
  if (better === 'higher') sorted.reverse();
  // Dense rank of each distinct key (binary search in the sorted keys: no allocation per project), then a
  // stable counting sort by that rank.
  let distinct = 0;
  for (let i = 0; i < present; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[distinct++] = sorted[i]!;
  const rankOf = (value: number) => {
    let lo = 0;
    let hi = distinct - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (better === 'higher' ? sorted[mid]! > value : sorted[mid]! < value) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const start = new Int32Array(distinct + 1);
  const rank = new Int32Array(key.length).fill(-1);
  for (let i = 0; i < key.length; i++) {
    if (Number.isNaN(key[i]!)) continue;
    rank[i] = rankOf(key[i]!);
    start[rank[i]! + 1]!++;
  }
  for (let r = 0; r < distinct; r++) start[r + 1]! += start[r]!;
  const order = new Int32Array(present);
  for (let i = 0; i < key.length; i++) if (rank[i]! >= 0) order[start[rank[i]!]!++] = i;
  return order;
}
