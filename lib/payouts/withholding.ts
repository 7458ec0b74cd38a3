/*
 * Withholding on prize money (Taiwan: a prize paid to a resident is withheld at 10% when one payment is
 * above NT$20,000). Rate and threshold are per-event settings. All money is whole NT$ (integers):
 * - the threshold applies to each person's gross, and only a gross STRICTLY above it is withheld;
 * - withheld = floor(gross × rate) — rounded DOWN to the whole NT$, so nobody is over-withheld;
 * - net = gross − withheld, so the three columns always add up exactly.
 * The rate is in basis points (1000 = 10%) so the maths never touches a float.
 */
export type WithholdingRule = { rateBp: number; threshold: number };
export type PayoutLine = { gross: number; withheld: number; net: number };

export const DEFAULT_WITHHOLDING: WithholdingRule = { rateBp: 1000, threshold: 20000 };

export function withholdingFor(gross: number, rule: WithholdingRule): PayoutLine {
  if (!Number.isSafeInteger(gross) || gross < 0) throw new RangeError(`gross must be a whole non-negative NT$ amount, got ${gross}`);
  const withheld = gross > rule.threshold ? Math.floor((gross * rule.rateBp) / 10_000) : 0;
  return { gross, withheld, net: gross - withheld };
}

/** Sums of a list of lines (the payout list's footer). */
export function totalOf(lines: readonly PayoutLine[]): PayoutLine {
  return lines.reduce((sum, l) => ({ gross: sum.gross + l.gross, withheld: sum.withheld + l.withheld, net: sum.net + l.net }), { gross: 0, withheld: 0, net: 0 });
}

/** "10" or "8.5" for a rate in basis points, for the settings form. */
export const ratePercentText = (rateBp: number) => String(rateBp / 100);
