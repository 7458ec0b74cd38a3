import { at, FREE, movePair, type Grid } from './assignment-grid';

/**
 * Evens out judge loads after the greedy pass by moving assignments made in this run along chains:
 * judge h hands project p to judge a, a hands project q to b, ... until a judge whose load is at least two
 * below h's takes one. Every judge in the middle keeps its load, every project keeps its count of judges,
 * and no move breaks a conflict or a track (a project only moves to a FREE cell, i.e. an eligible judge not
 * already on it).
 *
 * Why this gives the best balance possible: the load vectors reachable by re-choosing this run's
 * assignments form an M-convex set (degrees of a bipartite b-matching, shifted by the existing loads), and
 * a vector of such a set is "decreasingly minimal" exactly when no single exchange moves one unit from a
 * coordinate to another at least two lower (Frank & Murota, Discrete decreasing minimization, 2019). Such
 * an exchange is precisely a chain found here by breadth-first search, so when none is left the loads have
 * the smallest possible maximum and, at the same time, the largest possible minimum. Each move lowers the
 * sum of squared loads by at least 2, so the loop ends.
 */
export function rebalance(grid: Grid): number {
  const { judges } = grid;
  const stamp = new Int32Array(judges);
  const fromJudge = new Int32Array(judges);
  const viaProject = new Int32Array(judges);
  const queue = new Int32Array(judges);
  const stuck = new Uint8Array(judges);
  let search = 0;
  let moves = 0;

  /** Breadth-first search from h for a judge with load <= load[h] - 2; returns it or -1. */
  const findChain = (h: number): number => {
    search++;
    const limit = grid.load[h]! - 2;
    let head = 0;
    let tail = 0;
    queue[tail++] = h;
    stamp[h] = search;
    while (head < tail) {
      const x = queue[head++]!;
      for (const p of grid.added[x]!) {
        for (let y = 0; y < judges; y++) {
          if (stamp[y] === search || at(grid, p, y) !== FREE) continue;
          stamp[y] = search;
          fromJudge[y] = x;
          viaProject[y] = p;
          if (grid.load[y]! <= limit) return y;
          queue[tail++] = y;
        }
      }
    }
    // Everyone reachable from h is stuck too while h's load is the highest left to try: what they could
    // reach, h reaches, and none of it is two below them.
    for (let i = 0; i < tail; i++) if (grid.load[queue[i]!]! <= grid.load[h]!) stuck[queue[i]!] = 1;
    return -1;
  };

  const order = Array.from({ length: judges }, (_, j) => j);
  for (;;) {
    order.sort((a, b) => grid.load[b]! - grid.load[a]! || grid.judgePriority[a]! - grid.judgePriority[b]!);
    const minLoad = grid.load[order[judges - 1]!]!;
    stuck.fill(0);
    let moved = false;
    for (const h of order) {
      if (grid.load[h]! - minLoad < 2) break;
      if (stuck[h] || grid.added[h]!.length === 0) continue;
      const target = findChain(h);
      if (target < 0) continue;
      for (let y = target; y !== h; y = fromJudge[y]!) movePair(grid, viaProject[y]!, fromJudge[y]!, y);
      grid.load[h]!--;
      grid.load[target]!++;
      moves++;
      moved = true;
      break;
    }
    if (!moved) return moves;
  }
}
