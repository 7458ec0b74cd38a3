'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { CheckboxField } from '@/app/_components/form/checkbox-field';
import { FieldShell } from '@/app/_components/form/field-shell';
import { FormMessage, useFieldErrors } from '@/app/_components/form/form-message';
import { initialFormState } from '@/app/_components/form/form-state';
import { TextField } from '@/app/_components/form/text-field';
import { removeBannerAction, setBannerAction } from './banner-actions';

type Props = { locale: string; eventId: string; slug: string; banner: { sha256: string; altZh: string; altEn: string } | null };

/*
 * Upload (or replace) and remove the event's banner: two small forms, apart from the settings form so a
 * file upload never carries or risks the event's version. The type is checked from the bytes on the
 * server; `accept` only helps the picker. Field names are prefixed so their ids do not collide with the
 * settings form on the same page.
 */
export function BannerForm({ locale, eventId, slug, banner }: Props) {
  const t = useTranslations('eventSetup.banner');
  const [state, formAction, isPending] = useActionState(setBannerAction, initialFormState);
  const [removeState, removeAction, isRemoving] = useActionState(removeBannerAction, initialFormState);
  const errorsOf = useFieldErrors(state);
  const hidden = (
    <>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="eventId" value={eventId} />
      <input type="hidden" name="currentSlug" value={slug} />
    </>
  );
  return (
    <>
      <p>{t('intro')}</p>
      {banner ? (
        <figure>
          {/* eslint-disable-next-line @next/next/no-img-element */}
          <img
            src={`/api/events/${slug}/banner?v=${banner.sha256}`}
            alt={locale === 'en' ? banner.altEn : banner.altZh}
            width={1200}
            height={400}
            style={{ width: '100%', maxWidth: '36rem', height: 'auto', aspectRatio: '3 / 1', objectFit: 'cover' }}
          />
          <figcaption>{t('current')}</figcaption>
        </figure>
      ) : (
        <p>{t('none')}</p>
      )}
      <FormMessage state={removeState} />
      <form action={formAction} className="form">
        <FormMessage state={state} />
        {hidden}
        <FieldShell name="bannerFile" label={t('file')} errors={errorsOf('file')}>
          {(wiring) => <input type="file" name="file" accept="image/png,image/jpeg,image/webp,image/gif" {...wiring} />}
        </FieldShell>
        <TextField name="altZh" label={t('altZh')} hint={t('altHint')} maxLength={300} lang="zh-TW" defaultValue={state.values?.altZh ?? banner?.altZh ?? ''} errors={errorsOf('altZh')} />
        <TextField name="altEn" label={t('altEn')} maxLength={300} lang="en" defaultValue={state.values?.altEn ?? banner?.altEn ?? ''} errors={errorsOf('altEn')} />
        <CheckboxField name="decorative" label={t('decorative')} hint={t('decorativeHint')} defaultChecked={state.values ? state.values.decorative === 'on' : banner !== null && banner.altZh === ''} />
        <div>
          <button type="submit" className="button" disabled={isPending}>
            {banner ? t('replace') : t('upload')}
          </button>
        </div>
      </form>
      {banner && (
        <form action={removeAction} className="form">
          {hidden}
          <div>
            <button type="submit" className="button secondary" disabled={isRemoving}>
              {t('remove')}
            </button>
          </div>
        </form>
      )}
    </>
  );
}
