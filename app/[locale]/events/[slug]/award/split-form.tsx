'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { FormMessage, useFieldErrors } from '@/app/_components/form/form-message';
import { initialFormState } from '@/app/_components/form/form-state';
import { TextField } from '@/app/_components/form/text-field';
import { declareSplitAction } from './actions';

type Props = {
  locale: string;
  slug: string;
  awardId: string;
  amount: number;
  members: { userId: string; name: string }[];
  current: Record<string, number>;
};

/** The captain's split: one whole-NT$ field per member; a total that misses the prize is said above the fields. */
export function SplitForm({ locale, slug, awardId, amount, members, current }: Props) {
  const t = useTranslations('adoption.award');
  const [state, formAction, isPending] = useActionState(declareSplitAction, initialFormState);
  const errorsOf = useFieldErrors(state);
  const splitErrors = errorsOf('split');
  return (
    <form action={formAction} className="form" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="awardId" value={awardId} />
      <fieldset aria-describedby={splitErrors ? `split-error-${awardId}` : undefined}>
        <legend>{t('splitIntro', { amount })}</legend>
        {splitErrors && (
          <p id={`split-error-${awardId}`} className="field-error">
            {splitErrors.join(' ')}
          </p>
        )}
        {members.map((m) => {
          const name = `share_${m.userId}`;
          return (
            <TextField
              key={m.userId}
              name={name}
              type="number"
              inputMode="numeric"
              min={0}
              step={1}
              label={t('shareOf', { name: m.name })}
              defaultValue={state.values?.[name] ?? (current[m.userId] !== undefined ? String(current[m.userId]) : '')}
              errors={errorsOf(name)}
            />
          );
        })}
      </fieldset>
      <div>
        <button type="submit" className="button" disabled={isPending}>
          {t('saveSplit')}
        </button>
      </div>
    </form>
  );
}
