/*
 * Audit rows carry whatever the mutation chose to record: most write `{ before, after }`, creations often
 * write the new values flat. This turns either shape into rows a person can read: one per field, with the
 * value before and after, changed fields first and unchanged ones marked as such (so "what changed?" is
 * answered at a glance, and nothing recorded is hidden).
 */
export type DiffRow = { field: string; before: string | null; after: string | null; isChanged: boolean };

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A value as short readable text: strings as is, everything else as JSON; null for "absent". */
export function displayValue(value: unknown): string | null {
  if (value === undefined) return null;
  if (value === null) return '—';
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

export function auditDiff(data: unknown): DiffRow[] {
  if (!isPlainObject(data)) return [];
  const hasSides = 'before' in data || 'after' in data;
  if (!hasSides) {
    return Object.keys(data).map((field) => ({ field, before: null, after: displayValue(data[field]), isChanged: true }));
  }
  const before = isPlainObject(data.before) ? data.before : {};
  const after = isPlainObject(data.after) ? data.after : {};
  const extras = Object.keys(data).filter((k) => k !== 'before' && k !== 'after');
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  const rows = fields.map((field) => {
    const b = displayValue(before[field]);
    const a = displayValue(after[field]);
    // Updates often record the whole row before but only the edited fields after: a field present only
    // "before" did not change, unless there is no "after" at all (a deletion).
    const isChanged = field in before && field in after ? b !== a : field in after ? true : !isPlainObject(data.after);
    return { field, before: b, after: a, isChanged };
  });
  const extraRows = extras.map((field) => ({ field, before: null, after: displayValue(data[field]), isChanged: false }));
  return [...rows.filter((r) => r.isChanged), ...rows.filter((r) => !r.isChanged), ...extraRows];
}
