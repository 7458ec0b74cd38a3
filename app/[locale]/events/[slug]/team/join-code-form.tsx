'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { FormMessage, useFieldErrors } from '@/app/_components/form/form-message';
import { initialFormState } from '@/app/_components/form/form-state';
import { TextField } from '@/app/_components/form/text-field';
import { joinTeamAction } from './actions';

type Props = { locale: string; slug: string; eventId: string };

export function JoinCodeForm({ locale, slug, eventId }: Props) {
  const t = useTranslations('teams.join');
  const [state, formAction, isPending] = useActionState(joinTeamAction, initialFormState);
  const errorsOf = useFieldErrors(state);
  return (
    <form action={formAction} className="form" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="eventId" value={eventId} />
      <TextField
        name="code"
        label={t('code')}
        hint={t('codeHint')}
        required
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        maxLength={20}
        defaultValue={state.values?.code}
        errors={errorsOf('code')}
      />
      <div>
        <button type="submit" className="button" disabled={isPending}>
          {t('submit')}
        </button>
      </div>
    </form>
  );
}
