import type { InputHTMLAttributes } from 'react';
import styles from './choice.module.css';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'name' | 'id' | 'type'> & {
  name: string;
  label: string;
  /** Already translated. */
  errors?: string[];
  hint?: string;
};

/*
 * One yes/no box ("I agree ..."). The label follows the box, as people expect for a checkbox, so it cannot
 * use FieldShell's label-first layout; the hint and error wiring is the same.
 */
export function CheckboxField({ name, label, errors, hint, ...input }: Props) {
  const id = `field-${name}`;
  const hasErrors = Boolean(errors && errors.length > 0);
  const describedBy = [hint ? `${id}-hint` : null, hasErrors ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label className={styles.choice} htmlFor={id}>
        <input type="checkbox" name={name} id={id} aria-invalid={hasErrors || undefined} aria-describedby={describedBy} {...input} />
        <span>{label}</span>
      </label>
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      {hasErrors && (
        <p id={`${id}-error`} className="field-error">
          {errors!.join(' ')}
        </p>
      )}
    </div>
  );
}
