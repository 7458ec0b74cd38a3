'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { FormMessage, useFieldErrors } from '@/app/_components/form/form-message';
import { initialFormState, type FormState } from '@/app/_components/form/form-state';
import { SelectField } from '@/app/_components/form/select-field';
import { TextField } from '@/app/_components/form/text-field';

type Option = { value: string; label: string };
type Props = {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  hidden: Record<string, string>;
  /** The organizer names the judge; a judge declaring their own conflict does not. */
  judges?: Option[];
  teams: Option[];
  submitLabel: string;
};

/** A conflict with a team or an affiliation: the organizer's form and the judge's own declaration. */
export function ConflictForm({ action, hidden, judges, teams, submitLabel }: Props) {
  const t = useTranslations('judgingSetup.judges');
  const [state, formAction, isPending] = useActionState(action, initialFormState);
  const errorsOf = useFieldErrors(state);
  return (
    <form action={formAction} className="form" noValidate>
      <FormMessage state={state} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {judges && <SelectField name="judgeId" label={t('judge')} defaultValue={state.values?.judgeId ?? judges[0]?.value} options={judges} errors={errorsOf('judgeId')} />}
      <SelectField name="teamId" label={t('team')} defaultValue={state.values?.teamId ?? ''} options={[{ value: '', label: t('noTeam') }, ...teams]} errors={errorsOf('teamId')} />
      <TextField name="affiliation" label={t('affiliation')} hint={t('affiliationHint')} maxLength={200} defaultValue={state.values?.affiliation ?? ''} errors={errorsOf('affiliation')} />
      <TextField name="reason" label={t('reason')} maxLength={500} defaultValue={state.values?.reason ?? ''} errors={errorsOf('reason')} />
      <div>
        <button type="submit" className="button" disabled={isPending}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
