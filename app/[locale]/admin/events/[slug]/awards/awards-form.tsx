'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { FormMessage, useFieldErrors } from '@/app/_components/form/form-message';
import { initialFormState } from '@/app/_components/form/form-state';
import { SelectField } from '@/app/_components/form/select-field';
import { saveAwardsAction } from './actions';

export type PrizeBlock = { id: string; name: string; kind: string; places: { placement: number; submissionId: string | null; isTied: boolean }[] };
type Props = { locale: string; slug: string; eventId: string; version: number; prizes: PrizeBlock[]; options: { value: string; label: string }[]; frozen: boolean };

/** Every prize's places in one form (saved together, one version); a refused save keeps every choice. */
export function AwardsForm({ locale, slug, eventId, version, prizes, options, frozen }: Props) {
  const t = useTranslations('results');
  const [state, formAction, isPending] = useActionState(saveAwardsAction, initialFormState);
  const errorsOf = useFieldErrors(state);
  const choices = [{ value: '', label: t('awards.none') }, ...options];
  return (
    <form action={formAction} className="form" noValidate>
      <FormMessage state={state} />
      {errorsOf('form')?.map((message) => (
        <p key={message} className="alert" role="alert">
          {message}
        </p>
      ))}
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="eventId" value={eventId} />
      <input type="hidden" name="version" value={version} />
      {prizes.map((prize) => (
        <fieldset key={prize.id} disabled={frozen}>
          <legend>{prize.name}</legend>
          <p className="muted">{prize.kind}</p>
          {prize.places.map((place) => {
            const name = `pick:${prize.id}:${place.placement}`;
            return (
              <SelectField
                key={name}
                name={name}
                label={t('awards.place', { n: place.placement })}
                options={choices}
                defaultValue={state.values?.[name] ?? place.submissionId ?? ''}
                hint={place.isTied ? t('awards.tied') : undefined}
                errors={errorsOf(name)}
              />
            );
          })}
        </fieldset>
      ))}
      {!frozen && (
        <div>
          <button type="submit" className="button" disabled={isPending}>
            {t('awards.save')}
          </button>
        </div>
      )}
    </form>
  );
}
