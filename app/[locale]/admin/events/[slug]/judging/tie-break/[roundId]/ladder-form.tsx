'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { FormMessage, useFieldErrors } from '@/app/_components/form/form-message';
import { initialFormState } from '@/app/_components/form/form-state';
import { SelectField } from '@/app/_components/form/select-field';
import { saveTieBreakLadderAction } from '../actions';

type Props = { hidden: Record<string, string>; options: { value: string; label: string }[]; initial: string[] };

/** One select per ladder step, in order; an unused step is left on "no step". */
export function LadderForm({ hidden, options, initial }: Props) {
  const t = useTranslations('judgingSetup.ladder');
  const [state, formAction, isPending] = useActionState(saveTieBreakLadderAction, initialFormState);
  const errorsOf = useFieldErrors(state);
  return (
    <form action={formAction} className="form" noValidate>
      <FormMessage state={state} />
      {Object.entries(hidden).map(([name, v]) => (
        <input key={name} type="hidden" name={name} value={v} />
      ))}
      {initial.map((value, i) => {
        // Keyed by its value: React resets a form after its action, so a refused save remounts each select on the choice sent.
        const chosen = state.values?.[`steps.${i}`] ?? value;
        return (
          <SelectField
            key={`${i}-${chosen}`}
            name={`steps.${i}`}
            label={t('step', { n: i + 1 })}
            defaultValue={chosen}
            options={[{ value: '', label: t('noStep') }, ...options]}
            errors={errorsOf(`steps.${i}`)}
          />
        );
      })}
      <div>
        <button type="submit" className="button" disabled={isPending}>
          {t('save')}
        </button>
      </div>
    </form>
  );
}
