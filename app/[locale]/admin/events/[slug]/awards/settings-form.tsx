'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { CheckboxField } from '@/app/_components/form/checkbox-field';
import { FormMessage, useFieldErrors } from '@/app/_components/form/form-message';
import { initialFormState } from '@/app/_components/form/form-state';
import { SelectField } from '@/app/_components/form/select-field';
import { TextField } from '@/app/_components/form/text-field';
import { saveSettingsAction } from './actions';

type Props = {
  ids: { locale: string; slug: string; eventId: string };
  zone: string;
  initial: { version: number; voteOpensAt: string; voteClosesAt: string; showScoresToTeams: boolean; peoplesChoicePrizeId: string };
  prizes: { value: string; label: string }[];
};

/** Voting window (wall clock in the event's zone), score sharing and the people's-choice prize. */
export function ResultsSettingsForm({ ids, zone, initial, prizes }: Props) {
  const t = useTranslations('results');
  const [state, action, pending] = useActionState(saveSettingsAction, initialFormState);
  const errorsOf = useFieldErrors(state);
  const value = (name: keyof Props['initial']) => state.values?.[name] ?? String(initial[name]);
  const checked = state.values ? state.values.showScoresToTeams === 'on' : initial.showScoresToTeams;
  return (
    <form action={action} className="form" noValidate>
      <FormMessage state={state} />
      {errorsOf('form')?.map((message) => (
        <p key={message} className="alert" role="alert">
          {message}
        </p>
      ))}
      <input type="hidden" name="locale" value={ids.locale} />
      <input type="hidden" name="slug" value={ids.slug} />
      <input type="hidden" name="eventId" value={ids.eventId} />
      <input type="hidden" name="version" value={initial.version} />
      <TextField name="voteOpensAt" type="datetime-local" label={t('settings.voteOpensAt', { zone })} hint={t('settings.windowHint')} defaultValue={value('voteOpensAt')} errors={errorsOf('voteOpensAt')} />
      <TextField name="voteClosesAt" type="datetime-local" label={t('settings.voteClosesAt', { zone })} defaultValue={value('voteClosesAt')} errors={errorsOf('voteClosesAt')} />
      <SelectField name="peoplesChoicePrizeId" label={t('settings.peoplesPrize')} options={[{ value: '', label: t('awards.none') }, ...prizes]} defaultValue={value('peoplesChoicePrizeId')} errors={errorsOf('peoplesChoicePrizeId')} />
      <CheckboxField name="showScoresToTeams" label={t('settings.showScores')} defaultChecked={checked} errors={errorsOf('showScoresToTeams')} />
      <div>
        <button type="submit" className="button" disabled={pending}>
          {t('settings.save')}
        </button>
      </div>
    </form>
  );
}
