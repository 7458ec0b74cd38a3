'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { FormMessage, useFieldErrors } from '@/app/_components/form/form-message';
import { initialFormState } from '@/app/_components/form/form-state';
import { createComplianceItemAction } from './actions';

/** Adds one item to the checklist teams confirm when they submit. Field names are prefixed: this page has two forms. */
export function ComplianceForm({ locale, slug, eventId }: { locale: string; slug: string; eventId: string }) {
  const t = useTranslations('eventSetup');
  const [state, formAction, isPending] = useActionState(createComplianceItemAction, initialFormState);
  const errorsOf = useFieldErrors(state);
  return (
    <form action={formAction} className="form" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="eventId" value={eventId} />
      <ItemField name="labelZh" label={t('common.labelZh')} value={state.values?.labelZh} errors={errorsOf('labelZh')} />
      <ItemField name="labelEn" label={t('common.labelEn')} value={state.values?.labelEn} errors={errorsOf('labelEn')} />
      <input type="hidden" name="position" value="0" />
      <div>
        <button type="submit" className="button" disabled={isPending}>
          {t('compliance.add')}
        </button>
      </div>
    </form>
  );
}

/*
 * The question form on the same page has labelZh/labelEn too, and FieldShell derives the element id from the
 * name; the id must stay unique, so this form's inputs are wired by hand with their own ids.
 */
function ItemField({ name, label, value, errors }: { name: string; label: string; value?: string; errors?: string[] }) {
  const id = `compliance-${name}`;
  const hasErrors = Boolean(errors?.length);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} name={name} maxLength={300} defaultValue={value ?? ''} aria-invalid={hasErrors || undefined} aria-describedby={hasErrors ? `${id}-error` : undefined} />
      {hasErrors && (
        <p id={`${id}-error`} className="field-error">
          {errors!.join(' ')}
        </p>
      )}
    </div>
  );
}
