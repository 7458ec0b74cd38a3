'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { FieldShell } from '@/app/_components/form/field-shell';
import { FormMessage, useFieldErrors } from '@/app/_components/form/form-message';
import { initialFormState } from '@/app/_components/form/form-state';
import { SelectField } from '@/app/_components/form/select-field';
import { TextField } from '@/app/_components/form/text-field';
import { uploadFileAction } from './actions';

type Props = { locale: string; slug: string; submissionId: string; hasCover: boolean };

/** Adds a cover or a screenshot. The type is checked from the bytes on the server; `accept` only helps the picker. */
export function UploadForm({ locale, slug, submissionId, hasCover }: Props) {
  const t = useTranslations('submissions.files');
  const [state, formAction, isPending] = useActionState(uploadFileAction, initialFormState);
  const errorsOf = useFieldErrors(state);
  return (
    <form action={formAction} className="form">
      <FormMessage state={state} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="submissionId" value={submissionId} />
      <SelectField
        name="kind"
        label={t('kind')}
        defaultValue={state.values?.kind ?? (hasCover ? 'screenshot' : 'cover')}
        options={[
          { value: 'cover', label: t('kindCover') },
          { value: 'screenshot', label: t('kindScreenshot') },
        ]}
        errors={errorsOf('kind')}
      />
      <FieldShell name="file" label={t('file')} errors={errorsOf('file')}>
        {(wiring) => <input type="file" name="file" accept="image/png,image/jpeg,image/webp,image/gif" {...wiring} />}
      </FieldShell>
      <TextField name="altText" label={t('altText')} hint={t('altTextHint')} maxLength={300} defaultValue={state.values?.altText ?? ''} errors={errorsOf('altText')} />
      <div>
        <button type="submit" className="button" disabled={isPending}>
          {t('upload')}
        </button>
      </div>
    </form>
  );
}
