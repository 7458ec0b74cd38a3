'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { FormMessage, useFieldErrors } from '@/app/_components/form/form-message';
import { initialFormState } from '@/app/_components/form/form-state';
import { moveAssignmentAction } from '../actions';

type Props = { hidden: Record<string, string>; assignmentId: string; project: string; judge: string; judges: { value: string; label: string }[] };

/*
 * One row's move: a select and a button. Many rows share the page, so the field ids are the assignment's
 * own (FieldShell's ids are per field name) and the label names the project and its current judge.
 */
export function MoveForm({ hidden, assignmentId, project, judge, judges }: Props) {
  const t = useTranslations('judgingSetup.assignment');
  const [state, formAction, isPending] = useActionState(moveAssignmentAction, initialFormState);
  const errors = useFieldErrors(state)('toJudgeId');
  const id = `move-${assignmentId}`;
  return (
    <form action={formAction}>
      <FormMessage state={state} />
      {Object.entries(hidden).map(([name, v]) => (
        <input key={name} type="hidden" name={name} value={v} />
      ))}
      <input type="hidden" name="assignmentId" value={assignmentId} />
      <label htmlFor={id}>{t('moveTo', { project, judge })}</label>{' '}
      <select id={id} name="toJudgeId" aria-invalid={errors ? true : undefined} aria-describedby={errors ? `${id}-error` : undefined} defaultValue={state.values?.toJudgeId ?? ''}>
        {judges.map((j) => (
          <option key={j.value} value={j.value}>
            {j.label}
          </option>
        ))}
      </select>{' '}
      <button type="submit" className="button secondary" disabled={isPending}>
        {t('move')}
      </button>
      {errors && (
        <p id={`${id}-error`} className="field-error">
          {errors.join(' ')}
        </p>
      )}
    </form>
  );
}
