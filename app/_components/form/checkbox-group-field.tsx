import type { ReactNode } from 'react';
import styles from './choice.module.css';

type Props = {
  /** The form field name every box shares (FormData.getAll(name) gives the ticked values). */
  name: string;
  /** The question, shown as the fieldset's legend. */
  legend: string;
  options: { value: string; label: ReactNode }[];
  defaultValues?: readonly string[];
  /** Already translated. */
  errors?: string[];
  hint?: string;
  /** 'radio' for a single choice among the options. */
  type?: 'checkbox' | 'radio';
  /** The key the errors come back under, when it differs from `name` (e.g. one error slot per checklist item). */
  idBase?: string;
};

/*
 * A set of boxes is one question, so it is a fieldset whose legend names it (each box has its own label);
 * FieldShell's single <label for> cannot name a group. The hint and the errors are tied to the fieldset with
 * aria-describedby, the same wiring as FieldShell, so a screen reader reads them when entering the group.
 */
export function CheckboxGroupField({ name, legend, options, defaultValues = [], errors, hint, type = 'checkbox', idBase }: Props) {
  const id = `field-${idBase ?? name}`;
  const hasErrors = Boolean(errors && errors.length > 0);
  const describedBy = [hint ? `${id}-hint` : null, hasErrors ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset className={`field ${styles.group}`} id={id} aria-describedby={describedBy} aria-invalid={hasErrors || undefined}>
      <legend>{legend}</legend>
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      {options.map((option, index) => (
        <label key={option.value} className={styles.choice}>
          <input type={type} name={name} id={`${id}-${index}`} value={option.value} defaultChecked={defaultValues.includes(option.value)} />
          <span>{option.label}</span>
        </label>
      ))}
      {hasErrors && (
        <p id={`${id}-error`} className="field-error">
          {errors!.join(' ')}
        </p>
      )}
    </fieldset>
  );
}
