'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { CheckboxField } from '@/app/_components/form/checkbox-field';
import { FormMessage, useFieldErrors } from '@/app/_components/form/form-message';
import { initialFormState } from '@/app/_components/form/form-state';
import { setNameVisibilityAction, setProjectListedAction } from './showcase-actions';

export function NameChoiceForm({ locale, isNamePublic }: { locale: string; isNamePublic: boolean }) {
  const t = useTranslations('showcase.choices');
  const [state, formAction, isPending] = useActionState(setNameVisibilityAction, initialFormState);
  const checked = state.values ? state.values.isNamePublic === 'on' : isNamePublic;
  return (
    <form action={formAction} className="form">
      <FormMessage state={state} />
      <input type="hidden" name="locale" value={locale} />
      <CheckboxField key={String(checked)} name="isNamePublic" label={t('nameLabel')} hint={t('nameHint')} defaultChecked={checked} />
      <div>
        <button type="submit" className="button" disabled={isPending}>
          {t('save')}
        </button>
      </div>
    </form>
  );
}

/** One button per project: its label says what pressing it does, so the state is never told by colour. */
export function ProjectListingForm({ locale, submissionId, title, isListed }: { locale: string; submissionId: string; title: string; isListed: boolean }) {
  const t = useTranslations('showcase.choices');
  const [state, formAction, isPending] = useActionState(setProjectListedAction, initialFormState);
  const errorsOf = useFieldErrors(state);
  const listed = state.values?.listed ? state.values.listed === 'true' : isListed;
  const errors = [...(errorsOf('submissionId') ?? []), ...(errorsOf('listed') ?? [])];
  return (
    <form action={formAction}>
      <FormMessage state={state} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="submissionId" value={submissionId} />
      <input type="hidden" name="listed" value={listed ? 'false' : 'true'} />
      <p>
        {title}: {listed ? t('listed') : t('unlisted')}{' '}
        <button type="submit" className="button secondary" disabled={isPending}>
          {listed ? t('hide', { title }) : t('show', { title })}
        </button>
      </p>
      {errors.map((e) => (
        <p key={e} className="field-error">
          {e}
        </p>
      ))}
    </form>
  );
}
