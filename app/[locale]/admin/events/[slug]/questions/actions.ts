'use server';

import type { FormState } from '@/app/_components/form/form-state';
import { createComplianceItem, deleteComplianceItem } from '@/lib/events/compliance';
import { createQuestion, deleteQuestion, updateQuestion } from '@/lib/events/questions';
import { runSetupAction } from '../tracks/setup-action';

const QUESTION_FIELDS = ['scope', 'kind', 'labelZh', 'labelEn', 'options', 'isRequired', 'position'] as const;
const ITEM_FIELDS = ['labelZh', 'labelEn', 'position'] as const;

export async function createQuestionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runSetupAction(formData, 'questions', (actor, input, { eventId }) => createQuestion(actor, eventId, input), { fields: QUESTION_FIELDS, success: 'eventSetup.common.created' });
}

export async function updateQuestionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runSetupAction(formData, 'questions', (actor, input, { id }) => updateQuestion(actor, id, input), { fields: QUESTION_FIELDS, success: 'eventSetup.common.updated', redirectOnSuccess: true });
}

export async function deleteQuestionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runSetupAction(formData, 'questions', (actor, _input, { id }) => deleteQuestion(actor, id), { fields: [], success: 'eventSetup.common.deleted', redirectOnSuccess: true });
}

export async function createComplianceItemAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runSetupAction(formData, 'questions', (actor, input, { eventId }) => createComplianceItem(actor, eventId, input), { fields: ITEM_FIELDS, success: 'eventSetup.common.created' });
}

export async function deleteComplianceItemAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runSetupAction(formData, 'questions', (actor, _input, { id }) => deleteComplianceItem(actor, id), { fields: [], success: 'eventSetup.common.deleted', redirectOnSuccess: true });
}
