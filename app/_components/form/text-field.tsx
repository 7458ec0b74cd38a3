import type { InputHTMLAttributes } from 'react';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'name' | 'id'> & {
  name: string;
  label: string;
  /** Already translated. */
  errors?: string[];
  hint?: string;
};

/**
 * A labelled input with its hint and its error slot right beside it. The input points at both with
 * aria-describedby and says aria-invalid when it has errors, so a screen reader announces the message
 * when the field is focused.
 */
export function TextField({ name, label, errors, hint, ...input }: Props) {
  const id = `field-${name}`;
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const hasErrors = Boolean(errors && errors.length > 0);
  const describedBy = [hint ? hintId : null, hasErrors ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      <input id={id} name={name} aria-invalid={hasErrors || undefined} aria-describedby={describedBy} {...input} />
      {hasErrors && (
        <p id={errorId} className="field-error">
          {errors!.join(' ')}
        </p>
      )}
    </div>
  );
}
