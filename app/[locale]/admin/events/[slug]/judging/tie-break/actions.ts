'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { formStateFromResult, type FormState } from '@/app/_components/form/form-state';
import { signInPath } from '@/lib/auth/callback-url';
import { getActor } from '@/lib/auth/session';
import { MAX_LADDER_STEPS, saveTieBreakLadder } from '@/lib/judging/tie-break-ladder';
import { setupPaths } from '../setup-paths';

/* The steps come as steps.0 .. steps.3 (one select each); a refusal echoes them so every choice stays. */
export async function saveTieBreakLadderAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const roundId = String(formData.get('roundId') ?? '');
  const { locale, path } = setupPaths(formData, `tie-break/${roundId.replace(/[^0-9a-f-]/gi, '')}`);
  const names = Array.from({ length: MAX_LADDER_STEPS }, (_, i) => `steps.${i}`);
  const steps = names.map((name) => String(formData.get(name) ?? ''));
  const result = await saveTieBreakLadder(await getActor(), roundId, { version: formData.get('version'), steps });
  if (!result.ok && result.error.code === 'unauthenticated') redirect(signInPath(locale, path));
  if (result.ok) {
    revalidatePath(path);
    redirect(`${path}?saved=1`);
  }
  return formStateFromResult(result, Object.fromEntries(names.map((name, i) => [name, steps[i]!])));
}
