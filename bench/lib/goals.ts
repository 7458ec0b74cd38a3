/*
 * Every benchmark states its goals in one shape, saved in its JSON under `goals`, so `npm run bench` can
 * print one table of every figure the issue asks for, met or missed, without knowing each benchmark.
 */
export type Goal = {
  /** What is measured, e.g. "deadline rush p95". */
  name: string;
  /** The measured value, in `unit`. */
  measured: number;
  unit: string;
  /** The goal as a person reads it, e.g. "< 150 ms" or ">= 0.5". */
  target: string;
  met: boolean;
};

export function atMost(name: string, measured: number, unit: string, limit: number, strict = false): Goal {
  return { name, measured, unit, target: `${strict ? '<' : '≤'} ${limit}${unit === '' ? '' : ` ${unit}`}`, met: strict ? measured < limit : measured <= limit };
}

export function atLeast(name: string, measured: number, unit: string, limit: number): Goal {
  return { name, measured, unit, target: `≥ ${limit}${unit === '' ? '' : ` ${unit}`}`, met: measured >= limit };
}

export function printGoals(goals: Goal[]): void {
  console.table(goals.map((g) => ({ goal: g.name, measured: `${g.measured}${g.unit === '' ? '' : ` ${g.unit}`}`, target: g.target, met: g.met ? 'met' : 'MISSED' })));
}
