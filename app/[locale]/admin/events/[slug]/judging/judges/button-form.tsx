'use client';

import { useActionState } from 'react';
import { FormMessage } from '@/app/_components/form/form-message';
import { initialFormState, type FormState } from '@/app/_components/form/form-state';

type Props = {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  /** Hidden fields naming what the button acts on. */
  fields: Record<string, string>;
  /** Already translated; says what is acted on ("Remove 王小明"), so a list of buttons reads well. */
  label: string;
  secondary?: boolean;
};

/** A one-button form (remove, open, close, run) that reports its outcome beside itself. */
export function ButtonForm({ action, fields, label, secondary = true }: Props) {
  const [state, formAction, isPending] = useActionState(action, initialFormState);
  return (
    <form action={formAction}>
      <FormMessage state={state} />
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" className={secondary ? 'button secondary' : 'button'} disabled={isPending}>
        {label}
      </button>
    </form>
  );
}
