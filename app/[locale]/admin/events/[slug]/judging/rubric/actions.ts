'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { formStateFromResult, type FormState } from '@/app/_components/form/form-state';
import { signInPath } from '@/lib/auth/callback-url';
import { getActor } from '@/lib/auth/session';
import { saveRubric } from '@/lib/judging/rubric';
import { setupPaths } from '../setup-paths';

/** `criteria.3.weight` fields back into rows; the row order is the order on the page. */
function rubricInput(formData: FormData) {
  const rows: Record<string, string>[] = [];
  for (const [name, value] of formData.entries()) {
    const match = /^criteria\.(\d{1,2})\.(\w+)$/.exec(name);
    if (match && typeof value === 'string') (rows[Number(match[1])] ??= {})[match[2]!] = value;
  }
  return { version: formData.get('version'), criteria: rows.filter(Boolean) };
}

/* The editor keeps its rows in client state, so an error leaves everything typed in place; a save reloads. */
export async function saveRubricAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const roundId = String(formData.get('roundId') ?? '');
  const { locale, path } = setupPaths(formData, `rubric/${roundId.replace(/[^0-9a-f-]/gi, '')}`);
  const result = await saveRubric(await getActor(), roundId, rubricInput(formData));
  if (!result.ok && result.error.code === 'unauthenticated') redirect(signInPath(locale, path));
  if (result.ok) {
    revalidatePath(path);
    redirect(`${path}?saved=1`);
  }
  return formStateFromResult(result, {});
}
