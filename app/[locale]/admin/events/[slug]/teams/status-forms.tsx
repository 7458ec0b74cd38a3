'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { CheckboxGroupField } from '@/app/_components/form/checkbox-group-field';
import { FormMessage, useFieldErrors } from '@/app/_components/form/form-message';
import { initialFormState } from '@/app/_components/form/form-state';
import { TextareaField } from '@/app/_components/form/textarea-field';
import { reinstateTeamAction, removeTeamAction } from './actions';

type Props = { locale: string; slug: string; teamId: string; teamName: string; version: number };

function Hidden({ locale, slug, teamId, version }: Props) {
  return (
    <>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="teamId" value={teamId} />
      <input type="hidden" name="version" value={version} />
    </>
  );
}

/** Disqualify or withdraw, with the reason required; a refusal keeps the choice and the reason typed. */
export function RemoveTeamForm(props: Props) {
  const t = useTranslations('people.teams');
  const [state, formAction, isPending] = useActionState(removeTeamAction, initialFormState);
  const errorsOf = useFieldErrors(state);
  return (
    <form action={formAction} className="form">
      <FormMessage state={state} />
      {errorsOf('form') && <p className="field-error">{errorsOf('form')!.join(' ')}</p>}
      <Hidden {...props} />
      <CheckboxGroupField
        type="radio"
        name="kind"
        idBase={`kind-${props.teamId}`}
        legend={t('remove.legend', { team: props.teamName })}
        options={(['disqualified', 'withdrawn'] as const).map((value) => ({ value, label: t(`remove.${value}`) }))}
        defaultValues={state.values?.kind ? [state.values.kind] : []}
        errors={errorsOf('kind')}
      />
      <TextareaField name={`reason-${props.teamId}`} label={t('remove.reason')} rows={2} maxLength={2000} defaultValue={state.values?.reason ?? ''} errors={errorsOf('reason')} />
      <div>
        <button type="submit" className="button secondary" disabled={isPending}>
          {t('remove.submit')}
          <span className="visually-hidden"> {props.teamName}</span>
        </button>
      </div>
    </form>
  );
}

export function ReinstateTeamForm(props: Props) {
  const t = useTranslations('people.teams');
  const [state, formAction, isPending] = useActionState(reinstateTeamAction, initialFormState);
  const errorsOf = useFieldErrors(state);
  return (
    <form action={formAction}>
      <FormMessage state={state} />
      {errorsOf('form') && <p className="field-error">{errorsOf('form')!.join(' ')}</p>}
      <Hidden {...props} />
      <button type="submit" className="button secondary" disabled={isPending} aria-label={t('reinstate.submitFor', { team: props.teamName })}>
        {t('reinstate.submit')}
      </button>
    </form>
  );
}
