'use server';

import { revalidatePath } from 'next/cache';
import { getActor } from '@/lib/auth/session';
import { saveSheet, submitSheet, type SheetInput } from '@/lib/judging/sheets';
import type { ErrorCode } from '@/lib/result';

export type SheetPayload = { version: number; privateNote: string; feedback: string; scores: Record<string, string> };
export type SheetActionResult =
  | { ok: true; version: number; savedAt: string; total: number; status: 'draft' | 'submitted' }
  | { ok: false; message: string; fieldErrors?: Record<string, string[] | undefined>; code: ErrorCode };

/* Every refusal has its own message; the catalog keys are judgingSheets.errors.* (the general one otherwise). */
const MESSAGES: Partial<Record<ErrorCode, string>> = {
  stale_version: 'judgingSheets.errors.stale',
  conflict: 'judgingSheets.errors.locked',
  closed: 'judgingSheets.errors.roundClosed',
  not_found: 'judgingSheets.errors.notFound',
  validation: 'errors.validation',
};

/*
 * Server actions are public POST endpoints: each reads the actor itself and lib/judging checks the judge
 * role, the assignment, the conflict and the round again, with the database's triggers behind it.
 */
async function run(kind: 'save' | 'submit', roundId: string, submissionId: string, payload: SheetPayload): Promise<SheetActionResult> {
  const actor = await getActor();
  const input: SheetInput = { version: payload.version, privateNote: payload.privateNote, feedback: payload.feedback, scores: payload.scores ?? {} };
  const result = await (kind === 'save' ? saveSheet : submitSheet)(actor, roundId, submissionId, input);
  if (!result.ok) {
    return { ok: false, code: result.error.code, message: MESSAGES[result.error.code] ?? `errors.${result.error.code}`, fieldErrors: result.error.fieldErrors };
  }
  if (kind === 'submit') revalidatePath('/[locale]/judge', 'layout');
  return { ok: true, version: result.data.version, savedAt: result.data.savedAt.toISOString(), total: result.data.total, status: result.data.status };
}

export async function saveSheetAction(roundId: string, submissionId: string, payload: SheetPayload) {
  return run('save', roundId, submissionId, payload);
}

export async function submitSheetAction(roundId: string, submissionId: string, payload: SheetPayload) {
  return run('submit', roundId, submissionId, payload);
}
