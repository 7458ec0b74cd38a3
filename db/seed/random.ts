/*
 * A small seeded generator (mulberry32), so the demo is the same on every machine and every run:
 * screenshots, e2e specs and bug reports can all refer to "team 晨光巴士" and mean the same team.
 */
export type Random = {
  /** A float in [0, 1). */
  next(): number;
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  shuffle<T>(items: readonly T[]): T[];
  chance(probability: number): boolean;
  code(length: number): string;
};

const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'; // no 0/O or 1/I: codes are read aloud at the venue

export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    pick: (items) => items[int(0, items.length - 1)]!,
    shuffle: (items) => {
      const copy = [...items];
      for (let i = copy.length - 1; i > 0; i--) {
        const j = int(0, i);
        [copy[i], copy[j]] = [copy[j]!, copy[i]!];
      }
      return copy;
    },
    chance: (probability) => next() < probability,
    code: (length) => Array.from({ length }, () => CODE_ALPHABET[int(0, CODE_ALPHABET.length - 1)]).join(''),
  };
}

const HOUR = 3600 * 1000;
const DAY = 24 * HOUR;
export const hoursFrom = (base: Date, hours: number) => new Date(base.getTime() + hours * HOUR);
export const daysFrom = (base: Date, days: number) => new Date(base.getTime() + days * DAY);
