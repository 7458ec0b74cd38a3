import type { TextareaHTMLAttributes } from 'react';
import { FieldShell } from './field-shell';

type Props = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'name' | 'id'> & {
  name: string;
  label: string;
  /** Already translated. */
  errors?: string[];
  hint?: string;
};

/** A labelled multi-line text box with the same hint and error wiring as TextField. */
export function TextareaField({ name, label, errors, hint, rows = 6, ...textarea }: Props) {
  return (
    <FieldShell name={name} label={label} errors={errors} hint={hint}>
      {(wiring) => <textarea name={name} rows={rows} {...wiring} {...textarea} />}
    </FieldShell>
  );
}
