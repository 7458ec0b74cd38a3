'use client';

import { useActionState } from 'react';
import { FormMessage } from '@/app/_components/form/form-message';
import { initialFormState, type FormState } from '@/app/_components/form/form-state';
import styles from './team.module.css';

type Props = {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  /** What the action needs besides the click (ids, the page's locale and slug). */
  hidden: Record<string, string>;
  /** Already translated; names its target ("Remove Lin"), so a list of buttons reads clearly to a screen reader. */
  label: string;
  secondary?: boolean;
};

/** A one-button form (accept, remove, hand over ...) that shows its own outcome beside it. */
export function ActionButton({ action, hidden, label, secondary }: Props) {
  const [state, formAction, isPending] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className={styles.inline}>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" className={secondary ? 'button secondary' : 'button'} disabled={isPending}>
        {label}
      </button>
      <FormMessage state={state} />
    </form>
  );
}
