'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { CheckboxField } from '@/app/_components/form/checkbox-field';
import { FormMessage, useFieldErrors } from '@/app/_components/form/form-message';
import { initialFormState } from '@/app/_components/form/form-state';
import { SelectField } from '@/app/_components/form/select-field';
import { TextField } from '@/app/_components/form/text-field';
import { AUDIENCES } from '@/lib/validation/announcements';
import { MarkdownField } from '../settings/markdown-field';
import { createAnnouncementAction, updateAnnouncementAction } from './actions';

type Props = {
  locale: string;
  slug: string;
  eventId: string;
  announcementId?: string;
  version?: number;
  isPublished?: boolean;
  initial?: Record<string, string>;
  submitLabel: string;
};

/** Writes a new announcement or edits one; what was typed survives a refusal (also a stale save). */
export function AnnouncementForm({ locale, slug, eventId, announcementId, version, isPublished = false, initial = {}, submitLabel }: Props) {
  const t = useTranslations('announcements');
  const [state, formAction, isPending] = useActionState(announcementId ? updateAnnouncementAction : createAnnouncementAction, initialFormState);
  const errorsOf = useFieldErrors(state);
  const value = (name: string) => state.values?.[name] ?? initial[name] ?? '';
  // A refused save echoes the version it was based on, so a stale form stays stale until reloaded.
  const formVersion = state.values?.version ?? String(version ?? '');
  const formError = state.fieldErrors?.form?.[0];
  return (
    <form action={formAction} className="form" noValidate>
      <FormMessage state={formError ? { ...state, message: formError } : state} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="eventId" value={eventId} />
      {announcementId && <input type="hidden" name="id" value={announcementId} />}
      {announcementId && <input type="hidden" name="version" value={formVersion} />}
      <TextField name="titleZh" label={t('admin.titleZh')} maxLength={200} defaultValue={value('titleZh')} errors={errorsOf('titleZh')} />
      <TextField name="titleEn" label={t('admin.titleEn')} maxLength={200} defaultValue={value('titleEn')} errors={errorsOf('titleEn')} />
      <MarkdownField name="bodyZh" label={t('admin.bodyZh')} rows={6} defaultValue={value('bodyZh')} errors={errorsOf('bodyZh')} />
      <MarkdownField name="bodyEn" label={t('admin.bodyEn')} rows={6} defaultValue={value('bodyEn')} errors={errorsOf('bodyEn')} />
      <SelectField
        name="audience"
        label={t('admin.audience')}
        defaultValue={value('audience') || 'public'}
        options={AUDIENCES.map((audience) => ({ value: audience, label: t(`audience.${audience}`) }))}
        errors={errorsOf('audience')}
      />
      {isPublished ? (
        <p className="muted">{t('admin.alreadyPublished')}</p>
      ) : (
        <CheckboxField name="publish" label={t('admin.publish')} hint={t('admin.publishHint')} defaultChecked={value('publish') === 'on'} />
      )}
      <div>
        <button type="submit" className="button" disabled={isPending}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
