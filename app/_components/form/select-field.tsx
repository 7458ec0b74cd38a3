import type { SelectHTMLAttributes } from 'react';
import { FieldShell } from './field-shell';

type Props = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'name' | 'id'> & {
  name: string;
  label: string;
  options: { value: string; label: string; lang?: string }[];
  /** Already translated. */
  errors?: string[];
  hint?: string;
};

/** A labelled select with the same hint and error slot wiring as TextField. */
export function SelectField({ name, label, options, errors, hint, ...select }: Props) {
  return (
    <FieldShell name={name} label={label} errors={errors} hint={hint}>
      {(wiring) => (
        <select name={name} {...wiring} {...select}>
          {options.map((option) => (
            <option key={option.value} value={option.value} lang={option.lang}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}
