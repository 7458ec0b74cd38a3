import type { ReactNode } from 'react';

export type FieldWiring = { id: string; 'aria-invalid'?: true; 'aria-describedby'?: string };

type Props = {
  name: string;
  label: string;
  /** Already translated. */
  errors?: string[];
  hint?: string;
  /** Renders the control with the id and ARIA attributes that tie it to its label, hint and errors. */
  children: (wiring: FieldWiring) => ReactNode;
};

/**
 * The label, hint and error slot every form control shares. The control points at the hint and the errors
 * with aria-describedby and says aria-invalid when it has errors, so a screen reader announces the
 * message when the field is focused.
 */
export function FieldShell({ name, label, errors, hint, children }: Props) {
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
      {children({ id, 'aria-invalid': hasErrors || undefined, 'aria-describedby': describedBy })}
      {hasErrors && (
        <p id={errorId} className="field-error">
          {errors!.join(' ')}
        </p>
      )}
    </div>
  );
}
