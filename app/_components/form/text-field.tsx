import type { InputHTMLAttributes } from 'react';
import { FieldShell } from './field-shell';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'name' | 'id'> & {
  name: string;
  label: string;
  /** Already translated. */
  errors?: string[];
  hint?: string;
};

/** A labelled input with its hint and its error slot right beside it. */
export function TextField({ name, label, errors, hint, ...input }: Props) {
  return (
    <FieldShell name={name} label={label} errors={errors} hint={hint}>
      {(wiring) => <input name={name} {...wiring} {...input} />}
    </FieldShell>
  );
}
