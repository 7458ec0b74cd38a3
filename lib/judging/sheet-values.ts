import { scoreTextSchema } from '@/lib/validation/judging-sheets';
import type { FieldErrors } from '@/lib/result';
import { leavesOf } from './sheet-total';

type Criterion = { id: string; parentId: string | null; scaleMax: number };

/**
 * Reads the typed scores of every leaf criterion: blank means "not scored yet" (a draft may have blanks;
 * submit may not). Each problem is reported on its own field, `score.<criterionId>`, so the form shows it
 * beside that input. Ids that are not leaves of this round are ignored, never written.
 */
export function parseSheetScores(criteria: readonly Criterion[], raw: Record<string, unknown>, options: { requireAll: boolean }) {
  const fieldErrors: FieldErrors = {};
  const values = new Map<string, number>();
  for (const leaf of leavesOf(criteria)) {
    const key = `score.${leaf.id}`;
    const parsed = scoreTextSchema.safeParse(typeof raw[leaf.id] === 'string' ? raw[leaf.id] : String(raw[leaf.id] ?? ''));
    if (!parsed.success) {
      fieldErrors[key] = ['judgingSheets.errors.scoreNumber'];
      continue;
    }
    if (parsed.data === '') {
      if (options.requireAll) fieldErrors[key] = ['judgingSheets.errors.scoreRequired'];
      continue;
    }
    const value = Number(parsed.data);
    if (value < 0 || value > leaf.scaleMax) fieldErrors[key] = ['judgingSheets.errors.scoreRange'];
    else values.set(leaf.id, value);
  }
  return { values, fieldErrors };
}
